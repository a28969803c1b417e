/**
 * The media doctor behind {@link dev.framepipe.player.MediaDiagnostics}: gathers, without ever throwing, what was
 * found of GStreamer and how, what plays each common format (or which package would), the hardware decoders and
 * whether playback would use them, the default renderer and the display. Internal.
 */
package dev.framepipe.player.doctor;
