package dev.framepipe.player;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.LinkedHashSet;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The package rules of docs/architecture.md, checked on the library's compiled classes (not its tests): packages
 * depend on each other one way only, the exported packages show no internal or JNA type to applications, and the
 * raw native bindings are used only where they are meant to be.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String ROOT = "dev.framepipe.player";
    private static final String[] EXPORTED = {ROOT, ROOT + ".swing"};

    /** A type of the library that applications cannot see: in a package the module does not export. */
    private static final DescribedPredicate<JavaClass> INTERNAL = resideInAPackage(ROOT + "..")
            .and(DescribedPredicate.not(resideInAnyPackage(EXPORTED))).as("internal type of the library");
    private static final DescribedPredicate<JavaClass> JNA = resideInAPackage("com.sun.jna..").as("JNA type");

    @ArchTest
    static final ArchRule PACKAGES_FORM_NO_CYCLE = slices().assignedFrom(new LibraryPackages()).should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule THE_API_DEPENDS_ON_NO_INTERNAL_PACKAGE = noClasses().that().resideInAPackage(ROOT)
            .should().dependOnClassesThat(INTERNAL.as("are in a package the module does not export"))
            .because("MediaPlayer.create finds the engine as a service, so the API stands on its own");

    @ArchTest
    static final ArchRule EXPORTED_SIGNATURES_SHOW_NO_INTERNAL_TYPE = classes().that()
            .resideInAnyPackage(EXPORTED).should(exposeNo(INTERNAL));

    @ArchTest
    static final ArchRule EXPORTED_SIGNATURES_SHOW_NO_JNA_TYPE = classes().that().resideInAnyPackage(EXPORTED)
            .should(exposeNo(JNA));

    @ArchTest
    static final ArchRule GST_BINDINGS_ARE_USED_BY_THE_PIPELINE_SIDE_ONLY = classes().that()
            .resideInAPackage(ROOT + ".gst..").should().onlyHaveDependentClassesThat()
            .resideInAnyPackage(ROOT + ".gst..", ROOT + ".pipeline..", ROOT + ".macos..")
            .because("raw GStreamer memory and bindings stay behind the pipeline port, the frame thread and the"
                    + " macOS layer, which reads a sink's layer property");

    @ArchTest
    static final ArchRule THE_ENGINE_REACHES_GSTREAMER_ONLY_THROUGH_THE_PIPELINE_PORT = noClasses().that()
            .resideInAPackage(ROOT + ".engine..").should().dependOnClassesThat()
            .resideInAnyPackage("org.freedesktop.gstreamer..", "com.sun.jna..", ROOT + ".gst..")
            .because("the state machine runs against a fake pipeline in plain unit tests");

    @ArchTest
    static final ArchRule MACOS_BINDINGS_ARE_USED_BY_THE_RENDERERS_ONLY = classes().that()
            .resideInAPackage(ROOT + ".macos..").should().onlyHaveDependentClassesThat()
            .resideInAnyPackage(ROOT + ".macos..", ROOT + ".render..")
            .because("the macOS layer is one renderer's implementation");

    /** The API package is one slice, and each package under it, with its subpackages, is another. */
    private static final class LibraryPackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (name.equals(ROOT)) {
                return SliceIdentifier.of("API");
            }
            if (name.startsWith(ROOT + ".")) {
                return SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the library's packages (" + ROOT + " and each " + ROOT + ".(*)..)";
        }
    }

    /**
     * A condition on the signatures applications see: supertypes of public types, and the field types, parameter,
     * return and exception types (type arguments included) of their public and protected members.
     */
    private static ArchCondition<JavaClass> exposeNo(DescribedPredicate<JavaClass> forbidden) {
        return new ArchCondition<>("show no " + forbidden.getDescription() + " in a public or protected signature") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (!isVisible(type)) {
                    return;
                }
                Set<JavaType> supertypes = new LinkedHashSet<>(type.getInterfaces());
                type.getSuperclass().ifPresent(supertypes::add);
                report(type.getName(), rawTypes(supertypes), forbidden, type, events);
                for (JavaMember member : type.getMembers()) {
                    if (isVisible(member.getModifiers()) && !member.getModifiers().contains(JavaModifier.SYNTHETIC)) {
                        report(member.getFullName(), signatureTypes(member), forbidden, member, events);
                    }
                }
            }
        };
    }

    private static void report(String where, Set<JavaClass> used, DescribedPredicate<JavaClass> forbidden,
                               Object location, ConditionEvents events) {
        for (JavaClass shown : used) {
            if (forbidden.test(shown)) {
                events.add(SimpleConditionEvent.violated(location, where + " shows " + shown.getName()));
            }
        }
    }

    private static boolean isVisible(JavaClass type) {
        return isVisible(type.getModifiers()) && type.getEnclosingClass().map(ArchitectureTest::isVisible).orElse(true);
    }

    private static boolean isVisible(Set<JavaModifier> modifiers) {
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    private static Set<JavaClass> signatureTypes(JavaMember member) {
        Set<JavaType> types = new LinkedHashSet<>();
        if (member instanceof JavaField) {
            types.add(((JavaField) member).getType());
        } else if (member instanceof JavaCodeUnit) {
            JavaCodeUnit code = (JavaCodeUnit) member;
            types.add(code.getReturnType());
            types.addAll(code.getParameterTypes());
            types.addAll(code.getThrowsClause().getTypes());
        }
        return rawTypes(types);
    }

    private static Set<JavaClass> rawTypes(Set<? extends JavaType> types) {
        Set<JavaClass> raw = new LinkedHashSet<>();
        types.forEach(type -> raw.addAll(type.getAllInvolvedRawTypes()));
        return raw;
    }
}
