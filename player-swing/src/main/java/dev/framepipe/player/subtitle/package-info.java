/**
 * Subtitle files beside the media: finding them ({@link dev.framepipe.player.subtitle.SubtitleFiles}), decoding
 * their text whatever its encoding ({@link dev.framepipe.player.subtitle.TextDecoding}) and reading their cues
 * ({@link dev.framepipe.player.subtitle.SubtitleFile}: SubRip, WebVTT, SubStation and MicroDVD). Pure Java: no
 * GStreamer, so a file is read once, in the background, and choosing it is instant.
 */
package dev.framepipe.player.subtitle;
