package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.swing.JPanel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

import dev.framepipe.player.pipeline.GStreamerRuntime;

/**
 * Off macOS the native path says no, with a reason, and never tries to open a macOS library: this is what lets the
 * component fall back to Java2D on Linux and Windows.
 */
@DisabledOnOs(OS.MAC)
class AvailabilityTest {
    @Test
    void theSurfaceIsUnavailableWithAReasonAndWithoutThrowing() {
        assertThat(CALayerVideoSurface.isAvailable()).isFalse();
        assertThat(CALayerVideoSurface.unavailableReason()).hasValueSatisfying(
                reason -> assertThat(reason).contains("needs macOS").contains(System.getProperty("os.name")));
    }

    @Test
    void surfacesCannotBeCreatedAndSayWhy() {
        assertThatThrownBy(() -> new CALayerVideoSurface(new JPanel()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs macOS");
        assertThatThrownBy(() -> new AvSampleLayerAttachment(new JPanel(), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs macOS");
    }

    @Test
    void macOsLibrariesAreRefusedByNameInsteadOfSearchedFor() {
        assertThatThrownBy(() -> MacLibraries.load("CoreVideo"))
                .isInstanceOf(UnsatisfiedLinkError.class).hasMessageContaining("macOS library");
    }

    @Test
    void theAppleMediaSinkIsNotInstalledHere() {
        GStreamerRuntime.ensureInitialized();

        assertThat(AvSampleLayerAttachment.isSinkAvailable()).isFalse();
    }
}
