package ganexplorer.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import ganexplorer.lesson.Cue;
import ganexplorer.lesson.Lesson;
import ganexplorer.lesson.LessonStep;
import ganexplorer.train.Presets;
import ganexplorer.train.TrainingConfig;
import ganexplorer.ui.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson player's model without FX: stepping, the cues against the snapshots' steps, narration in two languages. */
class LessonPlayerModelTest {
    private final List<LessonStep> loaded = new ArrayList<>();
    private final List<Cue> cues = new ArrayList<>();
    private final Lesson lesson = Lesson.builtIn("why-gans-oscillate");
    private final LessonPlayerModel model = new LessonPlayerModel(lesson, new LessonPlayerModel.Listener() {
        @Override
        public void load(LessonStep step) {
            loaded.add(step);
        }

        @Override
        public void cue(Cue cue) {
            cues.add(cue);
        }
    });
    private final TrainingConfig other = Presets.byName("ring-wgan-gp").config();

    @Test
    void shouldStepThroughTheLessonAndStopAtItsEnds() {
        assertThat(model.index()).isEqualTo(-1);
        model.start();
        assertThat(model.index()).isZero();
        assertThat(loaded).containsExactly(lesson.steps().get(0));
        model.previous(); // on the first step: nothing
        assertThat(model.hasPrevious()).isFalse();
        assertThat(loaded).hasSize(1);
        model.next();
        model.next();
        model.next();
        assertThat(model.index()).isEqualTo(3);
        assertThat(model.hasNext()).isFalse();
        model.next(); // on the last: nothing
        assertThat(model.index()).isEqualTo(3);
        assertThat(loaded).hasSize(4);
        assertThat(loaded.get(3).preset()).isEqualTo("dirac-r1");
        model.previous();
        assertThat(model.index()).isEqualTo(2);
        assertThat(loaded.get(4).preset()).isEqualTo("dirac-wgan-gp");
        model.restart();
        assertThat(model.index()).isEqualTo(2);
        assertThat(loaded).hasSize(6).last().isEqualTo(lesson.steps().get(2));
    }

    @Test
    void shouldFireEachCueOnceWhenTheStepsOwnExperimentReachesItsStep() {
        model.trained(1, other, 900); // the experiment running before the lesson
        model.start();
        TrainingConfig first = model.step().config();
        model.trained(1, other, 950);
        assertThat(cues).as("the run before the lesson is no step of it").isEmpty();
        model.trained(2, first, 0);
        assertThat(cues).containsExactly(new Cue.Show(0, ganexplorer.lesson.View.DATA));
        model.trained(2, first, 249);
        assertThat(cues).hasSize(1);
        assertThat(model.said(Language.EN)).isEmpty();
        model.trained(2, first, 251); // snapshots skip steps: the cue fires on the first at or past it
        assertThat(cues).hasSize(2).last().isInstanceOf(Cue.Say.class);
        assertThat(model.said(Language.EN)).startsWith("The distance from the equilibrium has grown from 1.41");
        model.trained(2, first, 260);
        model.trained(3, other, 700); // the user started something else meanwhile
        assertThat(cues).hasSize(2);
        model.trained(2, first, 500);
        assertThat(cues).hasSize(3).last().isEqualTo(new Cue.Pause(500));
        model.trained(2, first, 500);
        model.trained(2, first, 800);
        assertThat(cues).as("each cue once per visit").hasSize(3);
        assertThat(model.fired(0) && model.fired(1) && model.fired(2)).isTrue();
    }

    @Test
    void shouldArmTheCuesAgainOnEveryVisitOfAStep() {
        model.start();
        TrainingConfig first = model.step().config();
        model.trained(2, first, 600);
        assertThat(cues).hasSize(3);
        model.restart(); // the same config again: only the new experiment's snapshots count
        model.trained(2, first, 610);
        assertThat(cues).hasSize(3);
        assertThat(model.fired(0)).isFalse();
        assertThat(model.said(Language.EN)).as("the sentence goes with the visit").isEmpty();
        model.trained(3, first, 0);
        assertThat(cues).hasSize(4).last().isInstanceOf(Cue.Show.class);

        model.next();
        TrainingConfig second = model.step().config();
        assertThat(second).isNotEqualTo(first);
        model.trained(3, first, 900);
        model.trained(4, second, 300);
        assertThat(cues).hasSize(6);
        assertThat(((Cue.Say) cues.get(5)).text().keyOrText()).isEqualTo("lesson.why-gans-oscillate.alternating.look");
        model.previous();
        model.trained(5, first, 260);
        assertThat(cues).hasSize(8);
        assertThat(model.index()).isZero();
    }

    @Test
    void shouldKnowWhereTheTrainerMustPause() {
        model.start();
        assertThat(model.firstPause()).hasValue(500);
        assertThat(model.pauseAfter(500)).isEmpty();
    }

    @Test
    void shouldNarrateInEnglishAndChinese() {
        model.start();
        assertThat(model.title(Language.EN)).isEqualTo("Why GANs oscillate");
        assertThat(model.stepTitle(Language.EN)).isEqualTo("Simultaneous updates spiral outwards");
        assertThat(model.narration(Language.EN)).startsWith("Both players take their gradient step at the same time");
        assertThat(model.title(Language.ZH_CN)).isEqualTo("GAN 为什么会振荡");
        assertThat(model.stepTitle(Language.ZH_CN)).isEqualTo("同时更新:向外盘旋");
        assertThat(model.narration(Language.ZH_CN)).startsWith("两个玩家在同一个点上同时走一步梯度");
        model.next();
        assertThat(model.narration(Language.ZH_CN)).startsWith("现在鉴别器先走一步");
        assertThat(model.narration(Language.EN)).startsWith("Now the discriminator steps first");
    }
}
