/** The Framepipe demo player. */
module dev.framepipe.demo {
    requires dev.framepipe.player;
    requires com.formdev.flatlaf;
    requires java.prefs;
}
