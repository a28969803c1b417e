/**
 * Framepipe: a Swing video component on GStreamer. Only {@code dev.framepipe.player} (the playback API) and
 * {@code dev.framepipe.player.swing} (the components) are API; every other package is internal.
 */
module dev.framepipe.player {
    requires transitive java.desktop;
    requires transitive org.freedesktop.gstreamer;
    requires com.sun.jna;

    exports dev.framepipe.player;
    exports dev.framepipe.player.swing;

    // MediaPlayer.create finds the engine as a service, so the API package names no internal package.
    uses dev.framepipe.player.MediaPlayerProvider;
    provides dev.framepipe.player.MediaPlayerProvider with dev.framepipe.player.engine.GstMediaPlayerProvider;

    // JNA reads the struct mirrors' fields and registers the direct-mapped natives reflectively.
    opens dev.framepipe.player.gst to com.sun.jna;
    opens dev.framepipe.player.macos to com.sun.jna;
    opens dev.framepipe.player.runtime to com.sun.jna;
}
