package dev.framepipe.player.macos;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The C type behind a primitive parameter or return value of a native binding in this package. A Java
 * {@code long} says nothing about whether it stands for a pointer, a {@code size_t} or an {@code NSInteger}; this
 * annotation does, and the ABI guard test checks every binding's Java type against it (for instance {@code BOOL}
 * and {@code jboolean} must be {@code byte}, {@code size_t} must be {@code long}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
@interface CType {
    /**
     * Returns the C type.
     *
     * @return its name as the C header spells it, for instance {@code "size_t"} or {@code "CVPixelBufferRef"}
     */
    String value();
}
