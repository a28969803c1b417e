package dev.framepipe.player.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.device.Device;
import org.freedesktop.gstreamer.device.DeviceMonitor;

import dev.framepipe.player.AudioOutput;
import dev.framepipe.player.MediaException;

/**
 * Lists the system's audio outputs with GStreamer's device monitor (class {@code Audio/Sink}): each device becomes an
 * {@link AudioOutput} whose sink description names the element the device makes and its {@code device} property, as
 * {@code gst-device-monitor-1.0} prints them ({@code "pulsesink device=alsa_output.pci-0000_00_1f.3.analog-stereo"}).
 * Any thread; each call starts and stops a monitor of its own.
 */
public final class AudioDevices {
    private AudioDevices() {
    }

    /**
     * Lists the outputs.
     *
     * @return the outputs in the monitor's order; empty when there are none or GStreamer is missing
     */
    public static List<AudioOutput> list() {
        try {
            GStreamerRuntime.ensureInitialized();
        } catch (MediaException e) {
            return List.of();
        }
        DeviceMonitor monitor = new DeviceMonitor();
        List<AudioOutput> outputs = new ArrayList<>();
        try {
            monitor.addFilter("Audio/Sink", null);
            if (!monitor.start()) {
                return List.of();
            }
            try {
                for (Device device : monitor.getDevices()) {
                    describe(device, outputs);
                    device.dispose();
                }
            } finally {
                monitor.stop();
            }
        } finally {
            monitor.dispose();
        }
        return outputs;
    }

    private static void describe(Device device, List<AudioOutput> outputs) {
        Element element = device.createElement(null);
        if (element == null) {
            return;
        }
        try {
            String factory = element.getFactory() == null ? null : element.getFactory().getName();
            if (factory == null) {
                return;
            }
            Object id = element.listPropertyNames().contains("device") ? element.get("device") : null;
            String sink = id == null ? factory : factory + " device=\"" + id + "\"";
            outputs.add(AudioOutput.of(device.getDisplayName(), sink));
        } finally {
            element.dispose();
        }
    }
}
