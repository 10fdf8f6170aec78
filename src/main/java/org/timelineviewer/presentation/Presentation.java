package org.timelineviewer.presentation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.timelineviewer.model.Language;
import org.timelineviewer.model.Story;

/**
 * The state of one presentation of a {@link Story}: which slide is showing, whether the screen is
 * blanked, whether the notes overlay is up, the step number being typed, and the talk timer
 * (which can be paused and reset). Read-only properties out, commands in; the audience and presenter views only read it.
 */
public final class Presentation {

    /** Blanking the screen, as presentation software does with B and W. */
    public enum Blank { NONE, BLACK, WHITE }

    /** The projector theme: light text on dark (the default: kind to dim rooms) or dark on light. */
    public enum Theme { DARK, LIGHT }

    private final Story story;
    private final List<Slide> slides;
    private final Slide.End end;
    private final Clock clock;
    /** When the talk timer last started running (at the start, on going on, on a reset). */
    private Instant runningSince;
    /** The time the talk timer counted before {@link #runningSince}. */
    private Duration counted = Duration.ZERO;
    private final ReadOnlyBooleanWrapper timerPaused = new ReadOnlyBooleanWrapper(this, "timerPaused", false);
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", 0);
    private final ReadOnlyObjectWrapper<Blank> blank = new ReadOnlyObjectWrapper<>(this, "blank", Blank.NONE);
    private final ReadOnlyBooleanWrapper notesVisible = new ReadOnlyBooleanWrapper(this, "notesVisible", false);
    private final ReadOnlyStringWrapper typedNumber = new ReadOnlyStringWrapper(this, "typedNumber", "");
    private final ReadOnlyObjectWrapper<Language> language;
    private final ReadOnlyObjectWrapper<Theme> theme = new ReadOnlyObjectWrapper<>(this, "theme", Theme.DARK);
    /** Whether the audience reads both languages, {@link #language} first (a mixed room). */
    private final ReadOnlyBooleanWrapper bilingual = new ReadOnlyBooleanWrapper(this, "bilingual", false);
    /** The language the presenter reads: the notes, the presenter view, the key help. */
    private final ReadOnlyObjectWrapper<Language> notesLanguage;
    private final ReadOnlyDoubleWrapper notesSize = new ReadOnlyDoubleWrapper(this, "notesSize", NotesSize.DEFAULT);
    /** The talk's plan against the clock; null when it has none. */
    private final TalkPace pace;
    /** The camera in the presenter's hand: any change of slide brings it back to the story. */
    private final AudienceCamera camera = new AudienceCamera();
    private final Pointer pointer = new Pointer();

    /**
     * A presentation of {@code story} to an audience reading {@code audienceLanguage}: its own
     * language and theme, apart from the main window's, which presenting leaves as they were.
     */
    public Presentation(Story story, Clock clock, Language audienceLanguage) {
        this(story, clock, audienceLanguage, null);
    }

    /**
     * A presentation meant to last {@code talkLength} (null: as long as the story's target times
     * add up to; without those either, there is no countdown).
     */
    public Presentation(Story story, Clock clock, Language audienceLanguage, Duration talkLength) {
        this.story = story;
        this.pace = TalkPace.of(story, talkLength).orElse(null);
        this.clock = clock;
        this.language = new ReadOnlyObjectWrapper<>(this, "language", audienceLanguage);
        this.notesLanguage = new ReadOnlyObjectWrapper<>(this, "notesLanguage", audienceLanguage);
        this.runningSince = clock.instant();
        List<Slide> list = new ArrayList<>();
        if (story.titleSlide() || story.steps().isEmpty()) {
            list.add(new Slide.Title(story));
        }
        for (int i = 0; i < story.steps().size(); i++) {
            list.add(new Slide.Step(story.steps().get(i), i + 1));
        }
        this.slides = List.copyOf(list);
        this.end = new Slide.End(story);
        index.addListener((o, was, now) -> camera.followStory());
    }

    /** Where the audience's camera points besides the story: a dragged span, the overview, a detour. */
    public AudienceCamera camera() {
        return camera;
    }

    /** The laser pointer and the spotlight. */
    public Pointer pointer() {
        return pointer;
    }

    public Story story() {
        return story;
    }

    /**
     * Every slide of the story in order: the title slide (if any), then the steps. The end slide
     * comes after them (at index {@code slides().size()}), reached by advancing past the last step.
     */
    public List<Slide> slides() {
        return slides;
    }

    /** Number of story steps (the title slide is not counted). */
    public int stepCount() {
        return story.steps().size();
    }

    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int index() {
        return index.get();
    }

    public Slide current() {
        return atEnd() ? end : slides.get(index.get());
    }

    /** Whether the end slide is showing: the story has been told. */
    public boolean atEnd() {
        return index.get() == slides.size();
    }

    /** The slide after the current one: the end slide after the last step; empty at the end. */
    public Optional<Slide> next() {
        int following = index.get() + 1;
        if (following < slides.size()) {
            return Optional.of(slides.get(following));
        }
        return following == slides.size() ? Optional.of(end) : Optional.empty();
    }

    public ReadOnlyObjectProperty<Blank> blankProperty() {
        return blank.getReadOnlyProperty();
    }

    public Blank blank() {
        return blank.get();
    }

    public ReadOnlyBooleanProperty notesVisibleProperty() {
        return notesVisible.getReadOnlyProperty();
    }

    /** The digits typed so far for "number, then Enter" (empty when none). */
    public ReadOnlyStringProperty typedNumberProperty() {
        return typedNumber.getReadOnlyProperty();
    }

    /** The talk timer: time since the presentation started, less the pauses, since the last reset. */
    public Duration elapsed() {
        return timerPaused.get() ? counted : counted.plus(Duration.between(runningSince, clock.instant()));
    }

    /** The talk's plan against the clock: empty when neither the story nor the presenter gave it a length. */
    public Optional<TalkPace> pace() {
        return Optional.ofNullable(pace);
    }

    /** The countdown and pace now, by the talk timer on the current slide (empty without a plan). */
    public Optional<TalkPace.Reading> paceReading() {
        return pace().map(p -> p.reading(current(), elapsed()));
    }

    /** Whether the talk timer is paused. */
    public ReadOnlyBooleanProperty timerPausedProperty() {
        return timerPaused.getReadOnlyProperty();
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The language the audience reads; in {@linkplain #bilingualProperty() bilingual} mode the first
     * of the two (the timeline's labels and the headings use it alone).
     */
    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public Language language() {
        return language.get();
    }

    /** Whether the audience's cards show both languages: {@link #language()} first, then the other. */
    public ReadOnlyBooleanProperty bilingualProperty() {
        return bilingual.getReadOnlyProperty();
    }

    public boolean bilingual() {
        return bilingual.get();
    }

    /**
     * The language the presenter reads: the speaker notes (in the presenter view and over the
     * audience view), the presenter view's texts and the key help. At first the main window's.
     */
    public ReadOnlyObjectProperty<Language> notesLanguageProperty() {
        return notesLanguage.getReadOnlyProperty();
    }

    public Language notesLanguage() {
        return notesLanguage.get();
    }

    /** The speaker notes' text size in pixels, {@link NotesSize#MIN} to {@link NotesSize#MAX}. */
    public ReadOnlyDoubleProperty notesSizeProperty() {
        return notesSize.getReadOnlyProperty();
    }

    public double notesSize() {
        return notesSize.get();
    }

    public ReadOnlyObjectProperty<Theme> themeProperty() {
        return theme.getReadOnlyProperty();
    }

    public Theme theme() {
        return theme.get();
    }

    // ---- commands -----------------------------------------------------------------------------

    /**
     * Next slide (after the last step, the end slide); on a blanked screen it only brings the
     * picture back, and on a detour it only returns to the story's step.
     */
    public void advance() {
        if (unblank() || camera.leaveDetour() || atEnd()) {
            return;
        }
        if (index.get() == slides.size() - 1) {
            index.set(slides.size()); // the end slide
        } else {
            show(index.get() + 1);
        }
    }

    /** Previous slide; on a blanked screen it only brings the picture back, on a detour the story's step. */
    public void goBack() {
        if (!unblank() && !camera.leaveDetour()) {
            show(index.get() - 1);
        }
    }

    public void first() {
        unblank();
        show(0);
    }

    public void last() {
        unblank();
        show(slides.size() - 1);
    }

    /** Shows step {@code number} (1 = first step; 0 = the title slide, if there is one). */
    public void goToStep(int number) {
        unblank();
        for (int i = 0; i < slides.size(); i++) {
            Slide s = slides.get(i);
            if ((s instanceof Slide.Step step && step.number() == number) || (s instanceof Slide.Title && number == 0)) {
                show(i);
                return;
            }
        }
        show(number <= 0 ? 0 : slides.size() - 1);
    }

    /** Shows the slide at {@code slideIndex} in {@link #slides()} (clamped to them: never the end slide). */
    public void show(int slideIndex) {
        camera.followStory();
        index.set(Math.max(0, Math.min(slides.size() - 1, slideIndex)));
    }

    /** B: black screen, or back from it. */
    public void toggleBlack() {
        blank.set(blank.get() == Blank.BLACK ? Blank.NONE : Blank.BLACK);
    }

    /** W: white screen, or back from it. */
    public void toggleWhite() {
        blank.set(blank.get() == Blank.WHITE ? Blank.NONE : Blank.WHITE);
    }

    /** The audience's other language (in bilingual mode: the other one first). */
    public void toggleLanguage() {
        language.set(language.get().other());
    }

    /** The audience's language (in bilingual mode, the first of the two; the mode stays as it is). */
    public void setLanguage(Language value) {
        if (value != null) {
            language.set(value);
        }
    }

    /**
     * L: the audience's languages in turn: Chinese, English, both (Chinese first), Chinese again.
     */
    public void cycleLanguage() {
        if (bilingual.get()) {
            bilingual.set(false);
            language.set(Language.ZH);
        } else if (language.get() == Language.ZH) {
            language.set(Language.EN);
        } else {
            language.set(Language.ZH);
            bilingual.set(true);
        }
    }

    /** Shows the audience both languages ({@link #language()} first) or only that one. */
    public void setBilingual(boolean value) {
        bilingual.set(value);
    }

    /** Shift+L: the presenter's notes in the other language (the audience's stays as it is). */
    public void toggleNotesLanguage() {
        notesLanguage.set(notesLanguage.get().other());
    }

    public void setNotesLanguage(Language value) {
        if (value != null) {
            notesLanguage.set(value);
        }
    }

    /** A+ or Ctrl+Plus: larger notes, up to {@link NotesSize#MAX}. */
    public void enlargeNotes() {
        notesSize.set(NotesSize.larger(notesSize.get()));
    }

    /** A− or Ctrl+Minus: smaller notes, down to {@link NotesSize#MIN}. */
    public void shrinkNotes() {
        notesSize.set(NotesSize.smaller(notesSize.get()));
    }

    /** Sets the notes' text size (as remembered from an earlier run), kept within the limits. */
    public void setNotesSize(double px) {
        notesSize.set(NotesSize.clamp(px));
    }

    /** T: the other projector theme. */
    public void toggleTheme() {
        theme.set(theme.get() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
    }

    /** Pauses the talk timer, or lets it go on from where it stopped. */
    public void toggleTimer() {
        if (timerPaused.get()) {
            runningSince = clock.instant();
            timerPaused.set(false);
        } else {
            counted = elapsed();
            timerPaused.set(true);
        }
    }

    /** Sets the talk timer back to zero; a paused timer stays paused (at zero). */
    public void resetTimer() {
        counted = Duration.ZERO;
        runningSince = clock.instant();
    }

    public void toggleNotes() {
        notesVisible.set(!notesVisible.get());
    }

    /** Adds a digit to the step number being typed. */
    public void typeDigit(int digit) {
        if (digit >= 0 && digit <= 9 && typedNumber.get().length() < 4) {
            typedNumber.set(typedNumber.get() + digit);
        }
    }

    /** Removes the last typed digit; false when nothing was typed. */
    public boolean eraseDigit() {
        String typed = typedNumber.get();
        if (typed.isEmpty()) {
            return false;
        }
        typedNumber.set(typed.substring(0, typed.length() - 1));
        return true;
    }

    /** Enter: jumps to the typed step number if one was typed (true), else does nothing (false). */
    public boolean commitTypedNumber() {
        String typed = typedNumber.get();
        if (typed.isEmpty()) {
            return false;
        }
        typedNumber.set("");
        goToStep(Integer.parseInt(typed));
        return true;
    }

    public void clearTypedNumber() {
        typedNumber.set("");
    }

    private boolean unblank() {
        if (blank.get() == Blank.NONE) {
            return false;
        }
        blank.set(Blank.NONE);
        return true;
    }
}
