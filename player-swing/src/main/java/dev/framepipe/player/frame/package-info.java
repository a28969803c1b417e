/**
 * What passes between the engine and the renderers: the NV12 frame layout ({@link
 * dev.framepipe.player.frame.VideoLayout}, {@link dev.framepipe.player.frame.VideoFormat}, {@link
 * dev.framepipe.player.frame.Colorimetry}), the frame view and its consumers, and the {@link
 * dev.framepipe.player.frame.FrameSource} a library player offers its video components. Pure Java. Internal.
 */
package dev.framepipe.player.frame;
