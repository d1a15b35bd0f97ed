package ganexplorer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "ganexplorer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule engineShouldNotDependOnJavaFx = noClasses()
            .that().resideInAnyPackage("ganexplorer.data..", "ganexplorer.model..", "ganexplorer.objective..",
                    "ganexplorer.train..", "ganexplorer.metrics..", "ganexplorer.cli..", "ganexplorer.files..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the engine runs headless and on a GPU box without a display (DESIGN.md)");

    @ArchTest
    static final ArchRule uiShouldNotTouchNd4j = noClasses()
            .that().resideInAPackage("ganexplorer.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..")
            .because("the UI reads snapshots of plain values and never an INDArray the trainer owns");

    @ArchTest
    static final ArchRule engineShouldNotDependOnTheCli = noClasses()
            .that().resideInAnyPackage("ganexplorer.data..", "ganexplorer.model..", "ganexplorer.objective..",
                    "ganexplorer.train..", "ganexplorer.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("ganexplorer.cli..", "ganexplorer.ui..",
                    "ganexplorer.files..");

    @ArchTest
    static final ArchRule filesShouldNotKnowTheCliOrTheWindow = noClasses()
            .that().resideInAPackage("ganexplorer.files..")
            .should().dependOnClassesThat().resideInAnyPackage("ganexplorer.cli..", "ganexplorer.ui..", "org.nd4j..")
            .because("the window and the command line both open files through it, and it only reads and writes them");

    // the "Must not depend on" sentences of the package-info files, kept true

    @ArchTest
    static final ArchRule dataShouldDependOnNoOtherPackageNorNd4j = noClasses()
            .that().resideInAPackage("ganexplorer.data..")
            .should().dependOnClassesThat().resideInAnyPackage("ganexplorer.model..", "ganexplorer.objective..",
                    "ganexplorer.train..", "ganexplorer.metrics..", "org.nd4j..", "org.deeplearning4j..");

    @ArchTest
    static final ArchRule modelAndObjectivesShouldNotKnowTrainingOrMetrics = noClasses()
            .that().resideInAnyPackage("ganexplorer.model..", "ganexplorer.objective..")
            .should().dependOnClassesThat().resideInAnyPackage("ganexplorer.train..", "ganexplorer.metrics..");

    @ArchTest
    static final ArchRule objectivesShouldNotKnowTheNetworks = noClasses()
            .that().resideInAPackage("ganexplorer.objective..")
            .should().dependOnClassesThat().resideInAnyPackage("ganexplorer.model..", "ganexplorer.data..");

    @ArchTest
    static final ArchRule metricsShouldNotKnowNetworksObjectivesOrTraining = noClasses()
            .that().resideInAPackage("ganexplorer.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("ganexplorer.model..", "ganexplorer.objective..",
                    "ganexplorer.train..");

    @ArchTest
    static final ArchRule imageMetricsShouldNotDependOnTheEnclosingPackage = noClasses()
            .that().resideInAPackage("ganexplorer.metrics.image..")
            .should().dependOnClassesThat().resideInAPackage("ganexplorer.metrics");

    @ArchTest
    static final ArchRule explainShouldReadOnlySnapshotsAndObjectives = noClasses()
            .that().resideInAPackage("ganexplorer.ui.explain..")
            .should().dependOnClassesThat().resideInAnyPackage("ganexplorer.ui.charts..", "ganexplorer.ui.controls..",
                    "ganexplorer.ui.field..", "ganexplorer.ui.images..", "ganexplorer.ui.latent..",
                    "ganexplorer.ui.lesson..", "ganexplorer.ui.modes..", "ganexplorer.ui.plane..",
                    "ganexplorer.ui.readout..", "ganexplorer.ui.weights..", "ganexplorer.model..", "ganexplorer.cli..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("ganexplorer.train.Trainer")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("ganexplorer.train.GanSession");

    @ArchTest
    static final ArchRule uiShouldNotDependOnTheCli = noClasses()
            .that().resideInAPackage("ganexplorer.ui..")
            .should().dependOnClassesThat().resideInAPackage("ganexplorer.cli..");

    @ArchTest
    static final ArchRule cliShouldNotDependOnTheUi = noClasses()
            .that().resideInAPackage("ganexplorer.cli..")
            .should().dependOnClassesThat().resideInAPackage("ganexplorer.ui..");
}
