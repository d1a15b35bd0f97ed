package ganexplorer.ui.latent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The latent grid's maths and the walk's state are plain Java, testable and reusable without a window. */
class FxFreeTest {
    @Test
    void gridMathsAndWalkStateShouldNotUseJavaFx() {
        noClasses().that().haveNameMatching(
                        "ganexplorer\\.ui\\.latent\\.(LatentGrid|GridGeometry|GridRequest|GridFrame|GridInference|Direction|Walk)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("ganexplorer.ui.latent"));
    }
}
