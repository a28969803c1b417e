/** A Swing application on the module path that plays a file with Framepipe. */
module com.example.modular {
    requires dev.framepipe.player; // the player and its Swing components (gst1-java-core and JNA come along)
    requires java.desktop;         // Swing (the library requires it transitively; named here because we use it)
}
