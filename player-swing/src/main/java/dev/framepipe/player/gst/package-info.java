/**
 * Direct JNA bindings to GStreamer and GLib for what gst1-java-core lacks or does too slowly, and {@link
 * dev.framepipe.player.gst.NativeFrameReader}, the one class that reads GStreamer's frame memory. The raw native
 * access of the library's GStreamer side stays in this package. Internal.
 */
package dev.framepipe.player.gst;
