package dev.framepipe.demo;

/** A command line the demo cannot follow; the message says what is wrong in one sentence. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
