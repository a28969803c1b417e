package dev.framepipe.player.macos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.sun.jna.FunctionMapper;
import com.sun.jna.Library;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import com.sun.jna.Structure;

/**
 * Reflection-only guards over the JNA bindings (nothing macOS is loaded): the ABI pitfalls that would crash or
 * silently misbehave only on a Mac, and only on one architecture, fail here instead.
 */
class NativeBindingGuardTest {
    private static final List<Class<?>> DIRECT_MAPPED = Arrays.asList(ObjcRuntime.class, ObjcMessages.class,
            CoreFoundation.class, CoreVideo.class, LibDispatch.class);
    private static final List<Class<?>> INTERFACE_MAPPED = Collections.singletonList(JawtLibrary.class);

    @Test
    void noMessageShapeIsVariadic() {
        assertThat(nativeMethods(ObjcMessages.class)).hasSizeGreaterThanOrEqualTo(10)
                .noneMatch(Method::isVarArgs);
    }

    @Test
    void everyMessageShapeIsBoundToObjcMsgSend() {
        FunctionMapper mapper = new MsgSendMapper();
        for (Method method : nativeMethods(ObjcMessages.class)) {
            assertThat(mapper.getFunctionName(null, method)).as(method.getName()).isEqualTo("objc_msgSend");
        }
    }

    @Test
    void everyMessageShapeStartsWithReceiverAndSelectorAndReturnsNoStruct() {
        for (Method method : nativeMethods(ObjcMessages.class)) {
            assertThat(cType(method.getParameterAnnotations()[0])).as(method.getName()).isEqualTo("id");
            assertThat(cType(method.getParameterAnnotations()[1])).as(method.getName()).isEqualTo("SEL");
            assertThat(method.getReturnType().isPrimitive()).as(method.getName() + " returns a scalar").isTrue();
            assertThat(Structure.class.isAssignableFrom(method.getReturnType())).isFalse();
        }
    }

    @Test
    void everyPrimitiveOfEveryBindingNamesItsCTypeAndHasItsLp64Width() {
        List<String> problems = new ArrayList<>();
        for (Method method : allBindingMethods()) {
            if (method.getReturnType().isPrimitive() && method.getReturnType() != void.class) {
                check(method.getName() + " return", method.getReturnType(), method.getAnnotation(CType.class),
                        problems);
            }
            for (int i = 0; i < method.getParameterCount(); i++) {
                Class<?> type = method.getParameterTypes()[i];
                if (type.isPrimitive()) {
                    check(method.getName() + " parameter " + i, type,
                            method.getParameters()[i].getAnnotation(CType.class), problems);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void boolAndJbooleanAreBytesEverywhere() {
        List<String> booleans = occurrences("BOOL", "jboolean", "Boolean");

        assertThat(booleans).contains("ObjcMessages.sendVoidWithBool parameter 2", "ObjcMessages.sendBool return",
                "JawtLibrary.JAWT_GetAWT return", "CoreFoundation.CFStringGetCString return");
        assertThat(occurrencesOfType(byte.class)).containsExactlyInAnyOrderElementsOf(booleans);
        assertThat(occurrencesOfType(boolean.class)).as("Java boolean is never a C boolean").isEmpty();
    }

    @Test
    void sizeTAndCfIndexAndOptionFlagsAreLongs() {
        List<String> sizes = occurrences("size_t", "CFIndex", "CFNumberType", "CVPixelBufferLockFlags",
                "CVPixelBufferPoolFlushFlags");

        assertThat(sizes).contains("CoreVideo.CVPixelBufferGetBaseAddressOfPlane parameter 1",
                "CoreVideo.CVPixelBufferGetBytesPerRowOfPlane return", "CoreVideo.CVPixelBufferGetHeightOfPlane return",
                "CoreVideo.CVPixelBufferLockBaseAddress parameter 1", "CoreVideo.CVPixelBufferPoolFlush parameter 1",
                "CoreFoundation.CFDictionaryCreateMutable parameter 1", "CoreFoundation.CFNumberCreate parameter 1");
        assertThat(occurrencesOfType(long.class)).containsAll(sizes);
    }

    @Test
    void jnaAcceptsEveryDirectMappedSignature() {
        // Registering against libc (every name mapped to getpid, never called) makes JNA check each Java signature
        // the way it will on macOS: an unsupported type or a varargs method fails here.
        NativeLibrary libc = NativeLibrary.getInstance(Platform.C_LIBRARY_NAME,
                Collections.singletonMap(Library.OPTION_FUNCTION_MAPPER, (FunctionMapper) (library, m) -> "getpid"));
        for (Class<?> binding : DIRECT_MAPPED) {
            assertThatCode(() -> {
                Native.register(binding, libc);
                Native.unregister(binding);
            }).as(binding.getSimpleName()).doesNotThrowAnyException();
        }
    }

    @Test
    void structLayoutsMatchJawtHAndCoreGraphicsOnLp64() throws Exception {
        assertThat(new JawtStruct().size()).isEqualTo(72);
        assertThat(new JawtDrawingSurface().size()).isEqualTo(48);
        assertThat(new JawtDrawingSurfaceInfo().size()).isEqualTo(48);
        assertThat(new JawtRectangle().size()).isEqualTo(16);
        assertThat(new CGRect.ByValue().size()).isEqualTo(32);
        assertThat(offset(new JawtStruct(), "getDrawingSurface")).isEqualTo(8);
        assertThat(offset(new JawtStruct(), "freeDrawingSurface")).isEqualTo(16);
        assertThat(offset(new JawtStruct(), "synthesizeWindowActivation")).isEqualTo(64);
        assertThat(offset(new JawtDrawingSurface(), "lock")).isEqualTo(16);
        assertThat(offset(new JawtDrawingSurface(), "getDrawingSurfaceInfo")).isEqualTo(24);
        assertThat(offset(new JawtDrawingSurface(), "freeDrawingSurfaceInfo")).isEqualTo(32);
        assertThat(offset(new JawtDrawingSurface(), "unlock")).isEqualTo(40);
        assertThat(offset(new JawtDrawingSurfaceInfo(), "bounds")).isEqualTo(16);
        assertThat(offset(new JawtDrawingSurfaceInfo(), "clipSize")).isEqualTo(32);
        assertThat(offset(new JawtDrawingSurfaceInfo(), "clip")).isEqualTo(40);
        assertThat(offset(new CGRect.ByValue(), "height")).isEqualTo(24);
    }

    private static final Map<Class<?>, List<String>> C_TYPES_BY_JAVA_TYPE = Map.of(
            byte.class, List.of("BOOL", "jboolean", "Boolean"),
            int.class, List.of("CVReturn", "OSType", "CVAttachmentMode", "CFStringEncoding", "unsigned int"),
            double.class, List.of("CGFloat"),
            long.class, List.of("size_t", "CFIndex", "CFNumberType", "CVPixelBufferLockFlags",
                    "CVPixelBufferPoolFlushFlags", "id", "SEL", "Class", "dispatch_queue_t"));

    private static void check(String where, Class<?> javaType, CType annotation, List<String> problems) {
        if (annotation == null) {
            problems.add(where + ": primitive without @CType");
            return;
        }
        String cType = annotation.value();
        boolean pointer = cType.endsWith("*") || cType.endsWith("Ref");
        Class<?> expected = pointer ? long.class : C_TYPES_BY_JAVA_TYPE.entrySet().stream()
                .filter(entry -> entry.getValue().contains(cType)).map(Map.Entry::getKey).findFirst().orElse(null);
        if (expected == null) {
            problems.add(where + ": C type " + cType + " has no known LP64 mapping; add it to this test");
        } else if (expected != javaType) {
            problems.add(where + ": C type " + cType + " must be Java " + expected + ", not " + javaType);
        }
    }

    private static List<String> occurrences(String... cTypes) {
        List<String> wanted = Arrays.asList(cTypes);
        List<String> found = new ArrayList<>();
        for (Method method : allBindingMethods()) {
            CType returned = method.getAnnotation(CType.class);
            if (returned != null && wanted.contains(returned.value())) {
                found.add(name(method) + " return");
            }
            for (int i = 0; i < method.getParameterCount(); i++) {
                String cType = cType(method.getParameterAnnotations()[i]);
                if (wanted.contains(cType)) {
                    found.add(name(method) + " parameter " + i);
                }
            }
        }
        return found;
    }

    private static List<String> occurrencesOfType(Class<?> javaType) {
        List<String> found = new ArrayList<>();
        for (Method method : allBindingMethods()) {
            if (method.getReturnType() == javaType) {
                found.add(name(method) + " return");
            }
            for (int i = 0; i < method.getParameterCount(); i++) {
                if (method.getParameterTypes()[i] == javaType) {
                    found.add(name(method) + " parameter " + i);
                }
            }
        }
        return found;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private static String cType(Annotation[] annotations) {
        return Arrays.stream(annotations).filter(CType.class::isInstance).map(a -> ((CType) a).value())
                .findFirst().orElse(null);
    }

    private static List<Method> allBindingMethods() {
        List<Method> methods = new ArrayList<>();
        DIRECT_MAPPED.forEach(binding -> methods.addAll(nativeMethods(binding)));
        INTERFACE_MAPPED.forEach(binding -> methods.addAll(Arrays.asList(binding.getDeclaredMethods())));
        return methods;
    }

    private static List<Method> nativeMethods(Class<?> binding) {
        return Arrays.stream(binding.getDeclaredMethods()).filter(m -> Modifier.isNative(m.getModifiers()))
                .collect(Collectors.toList());
    }

    private static int offset(Structure structure, String field) throws Exception {
        Method fieldOffset = Structure.class.getDeclaredMethod("fieldOffset", String.class);
        fieldOffset.setAccessible(true);
        return (Integer) fieldOffset.invoke(structure, field);
    }
}
