package dev.framepipe.player.reliability;

import java.util.Optional;

import dev.framepipe.player.MediaException;
import dev.framepipe.player.Status;
import dev.framepipe.player.VideoSize;
import dev.framepipe.player.swing.DisplayState;

/** How one input ended: what the player announced, what the component showed, and how long it took. */
final class Outcome {
    private final Status status;
    private final MediaException error;
    private final boolean refusedAtCreate;
    private final DisplayState shown;
    private final String description;
    private final long framesDelivered;
    private final long framesRendered;
    private final boolean ended;
    private final VideoSize videoSize;
    private final long millis;

    Outcome(Status status, MediaException error, boolean refusedAtCreate, DisplayState shown, String description,
            long framesDelivered, long framesRendered, boolean ended, VideoSize videoSize, long millis) {
        this.status = status;
        this.error = error;
        this.refusedAtCreate = refusedAtCreate;
        this.shown = shown;
        this.description = description;
        this.framesDelivered = framesDelivered;
        this.framesRendered = framesRendered;
        this.ended = ended;
        this.videoSize = videoSize;
        this.millis = millis;
    }

    /** The status the player settled in; {@code null} if {@code MediaPlayer.create} refused the input. */
    Status status() {
        return status;
    }

    Optional<MediaException> error() {
        return Optional.ofNullable(error);
    }

    boolean refusedAtCreate() {
        return refusedAtCreate;
    }

    DisplayState shown() {
        return shown;
    }

    /** The component's accessible description: what a screen reader says about it. */
    String description() {
        return description;
    }

    long framesDelivered() {
        return framesDelivered;
    }

    long framesRendered() {
        return framesRendered;
    }

    boolean ended() {
        return ended;
    }

    Optional<VideoSize> videoSize() {
        return Optional.ofNullable(videoSize);
    }

    long millis() {
        return millis;
    }

    @Override
    public String toString() {
        String result;
        if (refusedAtCreate) {
            result = "refused by create: " + error.getType();
        } else if (error != null) {
            result = status + " " + error.getType() + ", component " + shown;
        } else {
            result = status + (ended ? " at the end" : "") + ", " + framesDelivered + " frames delivered, "
                    + framesRendered + " rendered"
                    + (videoSize == null ? "" : " at " + videoSize.getWidth() + "x" + videoSize.getHeight())
                    + ", component " + shown;
        }
        return result + " (" + millis + " ms)";
    }
}
