# amphi's interface in English: the reference catalogue.
#
# Every id here must exist in every other catalogue with the same variables
# (a test checks). Fluent syntax: https://projectfluent.org/fluent/guide/
# Leading and trailing spaces are trimmed by Fluent: the code pads.

## Lists and phrases shared by messages said later (src/i18n/message.rs)
# the last two items of a list of values, `a, b and c`
list-and = { $head } and { $last }
list-or = { $head } or { $last }
# every item after a semicolon, `a; b; c`
list-semicolons = { $head }; { $last }
# several messages said one after the other (joined by list-semicolons)
message-several = { $all }
# "expected …" after a problem, its argument a value or a list of them
message-expected = expected { $expected }

# how many problems a course has, after the list of them
course-problems = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}

## Numbers of things (plural forms)

quiz-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}

## The status bar

status-position = Module { $module }/{ $modules } · Item { $item }/{ $items } · { $percent } % done
status-position-short = { $module }/{ $modules } · { $item }/{ $items } · { $percent } %
status-help = help
status-outline = outline
status-focus = focus
status-item = item
status-quit = quit
status-reread = reread
status-submit = submit
status-new-line = new line
status-leave = leave
status-save-close = save and close
status-shared-text = shared text
status-due = { $count } due
status-hints-left = hint ({ $count } left)

## The help overlay: what each key does (one line each)

help-scroll = scroll, or move in the outline and quiz
help-page = page up / down
help-top-bottom = top / bottom
help-focus = switch between outline and content (narrow: open the outline)
help-open = open the selected item; start or submit a quiz (l → never submit)
help-back = back to the outline
help-code-scroll = scroll long lines of code sideways
help-next-item = next / previous item
help-search = search course and glossary: every word, any order, accents ignored
help-next-match = after a search: next / previous match
help-glossary = glossary: terms explained; Enter shows where a term is used
help-bookmark = bookmark the place you are reading
help-bookmarks = bookmarks: Enter jumps, d deletes
help-note = write a note on this item (Esc or Ctrl-S saves)
help-choose = pick a choice (Space picks up an ordering item)
help-speaker = interview: one speaker's turns / recall drill (Enter reveals)
help-true-false = answer true / false
help-retake = retake a quiz; R: practise only the ones got wrong
help-last-attempt = on a quiz's page: the last attempt's result and review
help-hint = show the question's hint
help-shared-text = question group: show or fold the shared text (plain: say it again)
help-review = review the questions due (missed in quizzes before)
help-next-mistake = on a quiz review, jump to the next mistake (marked)
help-reread = reread the lesson passage a quiz answer links to
help-back-to-quiz = after o, back to the quiz; after following a link, back to where it was
help-mastery = mastery of the course's learning objectives
help-switch-edition = switch to the course's edition in another language (same progress)
help-mouse = wheel scrolls the pane under it; click opens an item or picks a choice
help-about = about this course: description, authors, sources
help-focus-mode = focus mode: hide the outline while reading
help-help = show or hide this help
help-quit = quit (progress is saved)
help-title = Keys
help-mouse-keys = mouse
help-changed = Changed by your config file:

## The overlays

overlay-close = Any other key closes this.
overlay-go-on = Press any key to go on.
module-heading = Module { $number }: { $title }

## The welcome-back card

resume-title = Welcome back
resume-were-on = You were on:
resume-quiz-in-progress = Quiz in progress: question { $place } of { $questions }, { $answered } answered so far.
resume-last-quiz = Last quiz:
resume-practice = practice
resume-passed = passed
resume-not-passed = not passed
resume-up-next = Up next:
resume-next-item = { $title } (module { $module })
resume-finish-this = Up next: finish this one.
resume-all-done = Everything in the course is done.

## About the course

about-title = About this course
about-by = By { $authors }
about-version = version { $version }
about-language = language { $language }
about-source = Source: { $publication }, { $date }

## Mastery of the objectives

mastery-title = Mastery of the objectives
mastery-intro = Each objective: the share of its questions you answered right on your latest full attempt of each quiz (practice retakes do not count).
mastery-none = This course declares no learning objectives.
mastery-untested = no question tests it yet
mastery-not-attempted = not attempted yet ({ $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
})
mastery-score = { $right } of { $attempted } right, { $percent } %
mastery-left = ({ $left ->
    [one] { $left } more question
   *[other] { $left } more questions
} not attempted yet)

## The panes' frames

too-small = Terminal too small
too-small-need = need { $width }×{ $height }, have { $have-width }×{ $have-height }
too-small-quit = q quits
pane-review = Review
pane-lesson = Lesson
pane-interview = Interview excerpt
pane-quiz = Quiz
pane-video = Video
pane-outline = Outline
pane-changed-passed = { $title } · changed since you passed it
pane-changed-read = { $title } · changed since you read it
pane-lines = lines { $first }–{ $last } of { $count }
pane-scroll = ↑↓ scroll
time-read = ~{ $minutes } min read
time-spent = { $minutes } min spent
time-module = module ~{ $minutes } min
time-module-spent = module ~{ $minutes } min, { $spent } min spent

## The outline (each wording from the longest; the shortest that fits is shown)

outline-spent-long = { $spent } min spent
outline-spent-medium = { $spent }m spent
outline-spent-short = { $spent }m
outline-read-long = ~{ $estimate } min read
outline-read-medium = ~{ $estimate } min
outline-read-short = ~{ $estimate }m
outline-both-long = ~{ $estimate } min · { $spent } min spent
outline-both-medium = { $spent } min of ~{ $estimate } min
outline-both-short = { $spent }m of ~{ $estimate }m
outline-gauge-read = { $done }/{ $total } read
outline-quiz-to-take = · quiz to take
outline-quiz-to-take-medium = · quiz ?
outline-completed = · completed
outline-passed = · passed { $best } %
outline-passed-since = · passed { $best } %, last { $last } %
outline-not-passed = · not passed, best { $best } %
outline-not-passed-since = · not passed, best { $best } %, last { $last } %

## Quiz screens

quiz-kind-single_choice = one answer
quiz-kind-multiple_choice = choose all that apply
quiz-kind-true_false = true or false
quiz-kind-short_answer = type your answer
quiz-kind-numeric = type a number
quiz-kind-ordering = put in order
quiz-kind-matching = match the pairs
quiz-kind-fill_blanks = fill in the blanks
quiz-kind-reflection = in your own words, not scored
quiz-practice-not-scored = practice — not scored
quiz-practice-only = practice only — not scored
quiz-score = { $points }/{ $max } ({ $percent } %)
quiz-points = { $points ->
    [one] { $shown } point
   *[other] { $shown } points
}
quiz-intro-size = { $count ->
    [one] { $count } question
   *[other] { $count } questions
} · pass mark { $mark } %
quiz-passed-mark = passed ✓
quiz-not-passed-yet = not passed yet
quiz-best = Best { $best } % ·
quiz-your-attempts = Your attempts
quiz-attempts-columns = (finished, UTC · score · result · time taken)
quiz-earlier-attempts = ({ $count } earlier attempts not shown)
quiz-practice = practice
quiz-passed = passed
quiz-not-passed = not passed
quiz-every-answer-right = every answer right
quiz-answers-wrong = { $count ->
    [one] { $count } answer wrong
   *[other] { $count } answers wrong
}
quiz-last-attempt = Last attempt:
quiz-no-attempts-left = No attempts left: this quiz allows { $max }.
quiz-attempts-allowed = Attempts allowed: { $max } ({ $left } left).
quiz-start-again = Enter or r start a new attempt
quiz-start = Press Enter to start.
quiz-review-last = L review your last attempt
quiz-practise-mistakes = R practise its mistakes
quiz-shared-text = Shared text
quiz-shared-folded = { $parts ->
    [one] for this question, folded to fit the screen · { $key } to show it
   *[other] for these { $parts } parts, folded to fit the screen · { $key } to show it
}
quiz-shared-below = { $parts ->
    [one] for the question below
   *[other] for the { $parts } parts below
}
quiz-part = Part { $part } of { $parts }
quiz-practice-prefix = Practice ·
quiz-question-of = Question { $place } of { $questions }
quiz-hint = Hint:
quiz-hint-of = Hint { $number } of { $total }:
quiz-right = ✓ Right.
quiz-partly-right-points = ◐ Partly right: { $earned } of { $points }.
quiz-partly-right = ◐ Partly right.
quiz-not-quite = ✗ Not quite.
quiz-answers-hidden = (this quiz does not show right answers)
quiz-the-answer = The answer: { $answer }
quiz-enter-next = Enter: next question
quiz-enter-score = Enter: see your score
quiz-enter-finish = Enter: finish
quiz-read-passage = o read the passage again
quiz-hint-key = { $key } hint
quiz-hint-key-available = { $key } hint ({ $left } available)
quiz-hint-key-left = { $key } next hint ({ $left } left)
quiz-hints-cost = { $used ->
    [one] { $used } hint used
   *[other] { $used } hints used
}, −{ $percent } %
quiz-hints-used = { $used ->
    [one] { $used } hint used
   *[other] { $used } hints used
}
quiz-saved = ✎ Saved.
quiz-reflection-not-scored = A reflection is not scored.
quiz-model-answer = Model answer:
quiz-missed-choice = “{ $choice }” (missed):
quiz-keys-many = ↑↓ move · Space or 1–9 tick · Enter submit
quiz-keys-true-false = t true · f false · Enter submit
quiz-keys-text = Type your answer · ←→ Home End move · Enter submit · Esc or Tab leaves
quiz-keys-order-held = ↑↓ move the held item · Space drop · Enter submit
quiz-keys-order = ↑↓ move · Space pick up an item · Enter submit
quiz-keys-pairs = ↑↓ pick a left side · 1–9 give it that option (Space: the next one) · Enter submit
quiz-keys-blanks = Type into the gap · ↑↓ other gaps · Enter submit · Esc or Tab leaves
quiz-keys-number = Type a number (, or . for decimals) · Enter submit · Esc or Tab leaves
quiz-keys-one = ↑↓ move · Space or 1–9 choose · Enter submit
quiz-keys-writing = Write your answer · Enter new line · Ctrl+S submit · Esc or Tab leaves
quiz-all-practice = every question is practice — not scored; submitting completes the quiz
quiz-result-score = { $points } / { $max } ({ $percent } %) · pass mark { $mark } %
quiz-reflections-saved = Your reflections are saved (they are not scored).
quiz-score-label = Score:
quiz-completed = Completed ✓
quiz-passed-result = Passed ✓
quiz-not-passed-retake = Not passed: review the module and retake the quiz.
quiz-not-passed-no-attempts = Not passed, and no attempts are left: review the module.
quiz-key-retake = r retake
quiz-key-practise-wrong = { $count ->
    [one] R practise the wrong one
   *[other] R practise the { $count } wrong ones
}
quiz-key-next-mistake = w next mistake
quiz-key-read-again = o read again (first link on screen)
quiz-key-next-item = Enter or n next item
quiz-key-help = ? help
quiz-review-after-pass = Review: your answers. Right answers and explanations show once you pass.
quiz-review-never = Review: your answers and points (this quiz does not show right answers).
quiz-review-all = Review: each question with your answer and the right one.
quiz-shared-of-many = of questions { $first }–{ $last }
quiz-shared-of-one = of question { $number }
quiz-review-question = question { $number }
quiz-no-answer = (no answer)
quiz-your-answer = Your answer:
quiz-right-answer = Right answer:
quiz-your-reflection = Your reflection (not scored):
quiz-nothing-written = (nothing written)
quiz-true = True
quiz-false = False
quiz-missed-mark = ○ missed
quiz-options = Options (give each left side one with its number):
quiz-read-again = Read again:

## Review sessions

review-missed = { $count ->
    [one] missed { $count } time
   *[other] missed { $count } times
}
review-up-to-box = Up to box { $box } of { $boxes }: back in { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
review-learnt = Learnt: it leaves the review queue.
review-back-to-box-1 = Back to box 1: it stays due until you get it right.
review-not-due = Not due yet: its box is unchanged.
review-done = Review done
review-right = { $right } of { $answered } right.
review-missed-often = ⚑ Missed often: reread the lessons of “{ $module }” before the next review.
review-still-due = { $count } still due now: press v to go over them again.
review-enter-back = Press Enter to go back to your reading.
review-from = From { $origin } · box { $box } of { $boxes } · { $missed }
review-leech = ⚑ A leech: { $missed }.
review-leech-link = (o opens it) rather than guess again.
review-leech-reread = Reread the lessons of “{ $module }” rather than guess again.
course-no-items = This course has no items.
key-then-x = Esc, then x
review-title = Review · { $count ->
    [one] { $count } question due
   *[other] { $count } questions due
}

## The course picker

picker-title = Choose a course
picker-position = { $place } of { $count }
picker-source-bundled = bundled
picker-source-installed = installed
picker-source-linked = linked
picker-invalid = invalid course
picker-cannot-open = cannot be opened: { $why }
picker-last-studied = last studied { $date }
picker-not-started = not started
picker-stats = { $percent } % · quizzes { $passed }/{ $quizzes } · { $studied }
picker-move = move
picker-open = open
picker-quit = quit
picker-cannot-open-notice = Cannot open `{ $id }`: { $why }

## Notices in the status bar

notice-review-closed = Review closed: the answers you gave are saved.
notice-last-item = This is the last item of the course.
notice-first-item = This is the first item of the course.
notice-no-mistakes = No mistakes to jump to: every answer was right.
notice-w-intro = w jumps between mistakes on a quiz's review: L opens your last attempt's.
notice-w-elsewhere = w jumps between the mistakes of a quiz's review, after the quiz.
notice-questions-gone = Your last attempt's questions are no longer in this quiz.
notice-nothing-to-practise = Nothing to practise: every answer was right.
notice-no-link = No lesson link here.
notice-back-to-quiz = Backspace: back to the quiz.
notice-back-from-link = Backspace: back to where the link was.
said-selected-link = Selected: link to { $place }. Enter opens it.
notice-no-match = No match in this item: / searches the whole course.
notice-nothing-to-review = Nothing to review: questions you answer wrongly in a quiz come back here.
notice-enter-submits = Enter submits your answer (→ and l never do: a stray key never answers).
notice-no-wide-code = No code here is wider than the pane: < and > scroll wide code sideways.
notice-n-after-search = n and N move between search matches after a search: / searches the course.
notice-backspace = Backspace goes back to a quiz after o opened a passage to read again.
notice-in-outline = In the outline: Enter opens the selected item, Tab goes to the content.
notice-digits = 1–9 pick a choice in a quiz question.
notice-t-f = t and f answer a true/false question in a quiz.
notice-h = H shows a quiz question's hint, when it has one.
notice-r = r retakes a quiz, from its page or its result.
notice-big-r = R practises a quiz's wrong answers, from its page or its result.
notice-big-l = L shows a quiz's last attempt again, from the quiz's page.
notice-start-first = Press Enter to start the quiz first.
notice-no-attempt = No finished attempt yet: Enter starts the quiz.
notice-nothing-to-practise-last = Nothing to practise: every answer of your last attempt was right.
notice-in-review = In a review session, Enter goes on and Esc leaves; r R L act on a quiz.
notice-finish-r = Finish this attempt first: r retakes the quiz from its result.
notice-finish-big-r = Finish this attempt first: R then practises the questions you got wrong.
notice-finish-l = Finish this attempt first: its result then shows your answers.
notice-already-answered = Already answered: Enter goes on.
notice-review-over = The review is over: Enter goes back to your reading.
notice-quiz-over = The quiz is over: r retakes it (R: only the questions got wrong).
notice-last-result = This is your last attempt's result: w jumps to its mistakes.
notice-no-hint = This question has no hint.
notice-hint-shown = The hint is shown below the question.
notice-not-true-false = This is not a true/false question: t and f answer those.
notice-x = x shows the shared text of a question group, on a quiz question that has one.
notice-tick-first = Tick at least one choice first: its number, or ↑↓ then Space.
notice-type-first = Type an answer first.
notice-write-first = Write something first: a reflection is not scored, but an empty one is not kept.
notice-number-first = Type a number first.
notice-gap-first = Fill in at least one gap first.
notice-pair-first = Give at least one left side an option first: ↑↓ then its number.
notice-pick-first = Pick an answer first: its number, or ↑↓ then Space.
notice-not-a-number = Not a number: type digits (. or , for decimals); the question stays open.
notice-mistake = Mistake { $number } of { $count }: { $label } · w next
notice-match-line = Line { $line } of { $count } with matches in this item · n next · N previous · / the whole course
notice-next-due = Nothing to review now; the next question is due on { $date }.
notice-speaker = { $key } (one speaker's turns) works in interviews.
notice-drill = { $key } (recall drill) works in interviews.
notice-keys-t-f = t and f
notice-acts-on-quiz = { $name } acts on the quiz: Tab goes to it first.
notice-hints-shown = All { $count } hints are shown below the question.
notice-no-option = No option { $number }: there are { $count }.
notice-no-choice = No choice { $number }: this question has { $count }.

## Plain mode: the spoken line

spoken-in-section = in section { $title }
spoken-unfolded = unfolded
spoken-folded = folded
spoken-section-state = { $done } of { $count } done, { $fold }
spoken-passed-best = passed, best { $best }%
spoken-not-passed-best = not passed, best { $best }%
spoken-not-taken = not taken
spoken-read = read
spoken-unread = unread
spoken-changed-since = changed since
spoken-not-reloaded = Course not reloaded: { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}, the last good version is shown. { $said }
spoken-overlay = Overlay open. Any key closes it.
spoken-search = Search: { $count } matches. Enter jumps to the selected one, Esc closes.
spoken-outline-section-folded = Outline: section { $section } of { $sections } in module { $module }, { $title }, { $state }. Enter unfolds it.
spoken-outline-section-unfolded = Outline: section { $section } of { $sections } in module { $module }, { $title }, { $state }. Enter folds it.
spoken-outline-item = Outline: item { $item } of { $items }{ $section }, { $title }, { $state }. Enter opens it.
spoken-enter-starts = Enter starts.
spoken-quiz-intro = Quiz, { $count } questions, pass mark { $mark }%. { $next }
spoken-question = Question { $place } of { $questions }{ $part }.
spoken-picked = Picked: { $picked }.
spoken-hints-shown = Hints shown: { $shown } of { $count }.
spoken-enter-new-line = Enter starts a new line, Ctrl+S submits.
spoken-enter-submits = Enter submits.
spoken-right = right
spoken-wrong = wrong
spoken-answer-recorded = Answer recorded: { $verdict }. Enter goes on.
spoken-reflection-saved = Reflection saved, not scored. Enter goes on.
spoken-finished-reflections = Quiz finished: reflections saved, completed. r retakes.
spoken-finished = Quiz finished: { $percent }%, { $outcome }. r retakes.
spoken-reading = Module { $module } item { $item } of { $items }{ $section }, { $state }. Lines { $first }–{ $last } of { $count }.
spoken-part = part { $part } of { $parts }
spoken-shared-text = Shared text for { $count ->
    [one] the question
   *[other] { $count } questions
}: { $text }. End of shared text; x says it again.
spoken-shared-again = x says the shared text again.
spoken-about-minutes = about { $minutes } min to read
spoken-spent = { $spent } spent
spoken-glossary = Glossary: term { $number } of { $count }, { $term }. Enter lists where it is used, Esc closes.
spoken-glossary-none = Glossary: this course has none. Esc closes.
spoken-bookmarks = Bookmarks: { $number } of { $count }. Enter jumps, d deletes, Esc closes.
spoken-bookmarks-none = Bookmarks: none yet. Esc closes.
spoken-note = Note on { $title }: line { $line } of { $lines }, column { $column }. Esc saves and closes.

## The panels: glossary, bookmarks, note editor, search

glossary-title = Glossary · { $count } terms
glossary-none = This course has no glossary. Esc closes.
glossary-keys = ↑↓ choose · Enter: where it is used · Esc closes
glossary-also = also: { $aliases }
bookmarks-title = Bookmarks · { $count }
bookmarks-none = No bookmarks yet: m marks the place you are reading. Esc closes.
bookmarks-keys = ↑↓ choose · Enter jumps · d deletes · Esc closes
note-title = Note · { $title }
note-keys = Esc or Ctrl-S saves and closes · Enter new line · empty deletes
search-title = Search the course
search-empty = Type words: the lines of titles, lessons, interviews, quizzes and the glossary that hold them all, in any order (as typed first), ignoring case and accents.
search-no-match = No match.
search-one-match = 1 match · Enter opens it · Esc closes
search-first-matches = first { $count } matches · ↑↓ choose · Enter opens · Esc closes
search-matches = { $count } matches · ↑↓ choose · Enter opens · Esc closes
search-in-glossary = { $count } in the glossary
search-uses = Uses of { $names } (whole words)
search-glossary = Glossary

## Lessons, interviews and videos: amphi's words around the course's

interview-note = Note: { $note }
interview-drill = Recall drill: answer { $number } of { $total } is hidden. Think, then press Enter to reveal it. d leaves the drill.
interview-drill-done = Recall drill done: all { $total } answers revealed. d leaves the drill.
interview-only = Only { $speaker }'s turns ({ $shown } of { $count }). s shows the next speaker.
interview-hidden = answer hidden — Enter reveals it
files-title = Files
files-keys = ↑ ↓ select, Enter opens
files-missing = missing
video-no-transcript = No transcript: press Enter to play
video-play = Play from the start
video-transcript = Transcript
video-transcript-keys = Enter plays from the selected line
note-heading = Your note (a edits it)

## Plain mode's screens

plain-too-small = Terminal too small. q quits.
plain-search = Search: { $query }
plain-glossary = Glossary, { $count } terms:
plain-glossary-none = This course has no glossary.
plain-bookmarks = Bookmarks, { $count }:
plain-bookmarks-none = No bookmarks yet: m marks the place you are reading.
plain-note = Note on { $title }:
plain-review = Review: { $title } — { $course }
plain-interview = Interview
plain-module = { $heading } ({ $done } of { $total } done{ $time })
plain-section = Section: { $title } ({ $state })
plain-header = { $kind }: { $title } — { $course }

## Editions of a course in other languages (the E key)

notice-no-edition = This course has no edition in another language.
notice-edition = Edition: { $title } ({ $language }), with the same progress.

## The command line: `amphi list`

cli-list-id = ID
cli-list-done = DONE
cli-list-quizzes = QUIZZES
cli-list-studied = STUDIED
cli-list-from = FROM
cli-list-title = TITLE
cli-list-never = never
cli-list-cannot-open = cannot be opened: { $why }
cli-list-linked = linked { $path }

## `amphi progress` (text; JSON and CSV are never translated)

cli-progress-course = { $title } — { $percent } done
cli-progress-module = { $mark } { $number }. { $title } — { $done }/{ $total } items done, { $read }/{ $readable } read, { $quiz }
cli-progress-quiz-best = quiz best { $best } (pass mark { $mark }, { $verdict })
cli-progress-passed = passed
cli-progress-not-passed = not passed
cli-progress-quiz-not-taken = quiz not taken (pass mark { $mark })
cli-progress-no-quiz = no quiz

## `amphi notes` (Markdown; JSON is never translated)

cli-notes-heading = Notes: { $title }
cli-notes-none = No notes yet. In amphi, `a` writes a note on the open item.
cli-notes-gone-module = No longer in the course: { $module }
cli-notes-reflections = Reflections
cli-unknown-time = unknown time

## `amphi check`: the summary lines

cli-check-valid = { $title }: valid — { $modules }, { $items }
cli-check-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
cli-check-items = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
cli-check-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
cli-check-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
cli-check-files = { $count ->
    [one] { $count } file
   *[other] { $count } files
}
cli-check-summary = { $errors } in { $files }
cli-check-summary-warnings = { $errors }, { $warnings } in { $files }

## `amphi --help` (clap's own words: only when the language is not English,
## the English help being written in the code's doc comments)

cli-help-about = A terminal course reader: lessons, interview excerpts and quizzes from YAML course folders, with resumable progress.
cli-help-long-about = amphi — a terminal course reader.

    Opens a course (the bundled one by default) to read its lessons and interview excerpts and take its quizzes; progress is saved and resumed.
cli-help-examples = Examples:
      amphi                              open the bundled course (or choose one, when others are added)
      amphi ~/courses/rust               open the course in a folder
      amphi add ~/courses/rust           install a course; `amphi rust-101` then opens it by id
      amphi check ~/courses/rust         check a course, as a compiler would
      amphi new tea --title "Tea 101"    start a new course
      amphi progress --format json       progress in the bundled course, as JSON
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-example = Examples:
cli-help-flag-help = Print help
cli-help-flag-version = Print version
cli-help-arg-course = Course folder to open (one holding course.yaml), or the id of an installed course; without it, the bundled course, or a course picker when others are installed
cli-help-arg-theme = Colour theme: dark (the default), light or high-contrast [default: the config file's, else dark]. NO_COLOR set to anything but empty turns colour off whatever the theme
cli-help-arg-measure = Widest text column, in columns (20 to 1000) [default: the config file's, else 88]
cli-help-arg-plain = Plain mode, for screen readers and braille displays: no box drawing, no colour, one column, every change said in words on the last line. Also chosen when TERM is `dumb`
cli-help-arg-lang = Language of amphi's own words: en or fr [default: the config file's `language`, else the course's, else the locale's (LC_ALL, LC_MESSAGES, LANG), else en]
cli-help-arg-config = Config file (YAML: theme, measure, keys) [default: config.yaml in the platform config folder, if it exists]
cli-help-arg-state = State file for progress [default: state.json in AMPHI_DATA_DIR, else in the platform data folder]
cli-help-cmd-check = Check a course folder and show every problem with its source line
cli-help-cmd-new = Create a new course folder, with one item of each kind to start from
cli-help-cmd-progress = Print each module's completion and quiz best score, without the TUI
cli-help-cmd-review = Open the course on a review of the questions due: those answered wrongly before, brought back on a spaced schedule (Leitner boxes: 0, 1, 3, 7 and 14 days). Needs a terminal, like opening the course
cli-help-cmd-notes = Print every note written on the course, with its module and item titles
cli-help-cmd-add = Check a course folder and install it in the course library
cli-help-cmd-import = Import a course or quiz bank of another format as an amphi course folder
cli-help-cmd-list = List the courses (bundled and installed) with progress and last study date
cli-help-cmd-remove = Remove an installed course; asks before deleting its progress too
cli-help-cmd-export = Export the learner's progress as xAPI statements (a JSON array)
cli-help-cmd-preview = Open a course folder and reload it whenever its files change
cli-help-cmd-schema = Print the JSON Schema of course.yaml or of a module file (for editors)
cli-help-cmd-mastery = Print the mastery of each learning objective, without the TUI: the share of its questions answered right on the latest full attempt of each quiz
cli-help-cmd-completions = Print a shell completion script
cli-help-cmd-config = Show the config file: its path, or a commented default to start from
cli-help-cmd-man = Print the manual page (roff)
cli-help-cmd-help = Print this message or the help of the given subcommand(s)

## The command line's other messages (errors print after `amphi: `)

cli-config-no-folder = (no config folder: set --config or AMPHI_CONFIG)
cli-config-bad = bad config file: { $error }
cli-config-defaults = (defaults)
cli-config-ok = { $file }: ok
cli-cannot-write = cannot write { $file }: { $error }
cli-cannot-write-output = cannot write the output: { $error }
cli-new-bug = the new course does not check (a bug in amphi):
cli-new-created = Created the course “{ $title }” in { $dir }:
cli-new-next = Next: read { $readme }, change the files, and run `amphi check { $dir }` after each change.
cli-not-a-folder = { $path } is not a folder: give the course folder, the one that holds course.yaml
cli-no-such-folder = { $path }: no such folder
cli-cannot-open = cannot open { $path }: { $error }
cli-course-invalid = the course is invalid:
cli-review-not-printing = `amphi review` opens the course in the terminal; it is not a printing command
cli-preview-needs-terminal = preview needs the terminal interface
cli-add-not-added = the course in { $path } does not check, so it was not added:
cli-add-linked = linked to { $path } (read from there each time)
cli-add-copied = copied to { $path }
cli-add-added = Added “{ $title }” as `{ $id }`, { $how }.
cli-add-open = Open it with `amphi { $id }`, or run `amphi` to choose a course.
cli-remove-bundled = `{ $id }` is the bundled course, which cannot be removed
cli-remove-link = the link to { $path } (the folder itself is untouched)
cli-remove-copy = its copy
cli-remove-removed = Removed the course `{ $id }`: { $what }.
cli-remove-progress-only = No course `{ $id }` is installed, but the state file holds progress in it.
cli-remove-what = { $read ->
    [one] { $read } item read
   *[other] { $read } items read
}, { $attempts ->
    [one] { $attempts } quiz attempt
   *[other] { $attempts } quiz attempts
}
cli-remove-ask = Delete your progress in `{ $id }` too ({ $what })? [y/N]
cli-remove-deleted = Deleted the progress in `{ $id }` ({ $what }) from { $file }.
cli-remove-kept = Kept the progress in `{ $id }` ({ $what }) in { $file }.
cli-remove-kept-no-terminal = Kept the progress in `{ $id }` ({ $what }) in { $file } (no terminal to ask on: run `amphi remove { $id } --yes` to delete it).

## `amphi mastery`

cli-mastery-none = { $title }: no learning objectives
cli-mastery-title = { $title }: mastery of the learning objectives

## Each command's examples in `--help`

cli-help-examples-check = Examples:
    amphi check ~/courses/my-course
    amphi check --format json ~/courses/my-course   for editors and CI
    amphi check                                     check the bundled course
cli-help-examples-new = Example:
    amphi new ~/courses/tea --title "Brewing tea"
    amphi check ~/courses/tea
cli-help-examples-progress = Examples:
    amphi progress ~/courses/my-course
    amphi progress --format csv > progress.csv
    amphi --state /tmp/scratch.json progress --format json ~/courses/my-course
cli-help-examples-review = Examples:
    amphi review                      review in the bundled course
    amphi review ~/courses/my-course
cli-help-examples-notes = Examples:
    amphi notes > my-notes.md
    amphi notes ~/courses/my-course --format json
cli-help-examples-add = Examples:
    amphi add ~/courses/tea
    amphi add --link ~/courses/tea   read from the folder each time
    amphi add --force ~/courses/tea  replace the installed copy
cli-help-examples-import = Examples:
    amphi import bank.gift --out ~/courses/bank
    amphi import bank.gift --out ~/courses/bank --force --add   re-import a newer export and install it
    amphi import questions.txt --from gift --out bank --format json
cli-help-examples-list = Example:
    amphi list
cli-help-examples-remove = Examples:
    amphi remove tea        asks whether to delete the progress too
    amphi remove tea --yes  deletes it without asking
cli-help-examples-export = Examples:
    amphi export --xapi > statements.json
    amphi export --xapi ~/courses/tea --actor ada --out tea.json
cli-help-examples-preview = Examples:
    amphi preview ~/courses/tea     then edit ~/courses/tea/modules/*.yaml
    amphi --state /tmp/tea-trial.json preview ~/courses/tea     keep the trial run's progress
cli-help-examples-schema = Example:
    amphi schema module > my-course/module.schema.json
cli-help-examples-mastery = Examples:
    amphi mastery
    amphi --state /tmp/scratch.json mastery ~/courses/my-course
cli-help-examples-completions = Examples:
    amphi completions bash > ~/.local/share/bash-completion/completions/amphi
    amphi completions zsh > ~/.zfunc/_amphi
    amphi completions fish > ~/.config/fish/completions/amphi.fish
cli-help-examples-config = Examples:
    amphi config --print-default > ~/.config/amphi/config.yaml
    amphi config --path
    amphi config --check          check the config file in use
cli-help-examples-man = Examples:
    amphi man | man -l -
    amphi man > ~/.local/share/man/man1/amphi.1

## Each command's own options in `--help`

cli-help-opt-check-path = Course folder; the bundled course if omitted
cli-help-opt-check-format = Report format
cli-help-opt-new-dir = Folder to create (or an empty one)
cli-help-opt-new-title = The course title
cli-help-opt-new-id = The course id, under which progress is kept [default: made from the title]
cli-help-opt-progress-path = Course folder; the bundled course if omitted
cli-help-opt-progress-format = Report format
cli-help-opt-review-path = Course folder; the bundled course if omitted
cli-help-opt-notes-path = Course folder; the bundled course if omitted
cli-help-opt-notes-format = Output format
cli-help-opt-add-path = The course folder (one holding course.yaml)
cli-help-opt-add-link = Record a link to the folder instead of copying it
cli-help-opt-add-force = Replace an installed course with the same id
cli-help-opt-import-source = The file to import (a GIFT bank)
cli-help-opt-import-out = The course folder to write (created when missing; must be empty unless --force)
cli-help-opt-import-from = The source format [default: from the file name, else its content]
cli-help-opt-import-force = Write into a folder that is not empty, replacing files of the same names (and, with --add, the installed course of the same id)
cli-help-opt-import-add = Also install the course in the course library, as `amphi add` does
cli-help-opt-import-format = Report format
cli-help-opt-remove-id = The course id, as `amphi list` shows it
cli-help-opt-remove-yes = Delete the course's progress without asking
cli-help-opt-export-path = Course folder; the bundled course if omitted
cli-help-opt-export-xapi = Write xAPI statements (the only export format for now)
cli-help-opt-export-actor = The learner's account name [default: $USER]
cli-help-opt-export-out = Write to FILE instead of standard output
cli-help-opt-preview-path = Course folder (one holding course.yaml)
cli-help-opt-schema-file = Which file
cli-help-opt-mastery-path = Course folder; the bundled course if omitted
cli-help-opt-completions-shell = The shell
cli-help-opt-config-print-default = Print a config file holding every default, with comments
cli-help-opt-config-path = Print where the config file is read from
cli-help-opt-config-check = Check the config file in use (exit 2 with the error if it is bad)


## The remaining screens' words: bookmarks, images, notes, opening, targets, Markdown, reload, key names, launch messages
## (section `ui-words`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# (end of section `ui-words`)


## `--help` in other languages (long descriptions, values, clap's words) and the manual page
## (section `help-man`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# (end of section `help-man`)


## Editions: remembering the chosen edition, previews, glossary comparison, export
## (section `editions`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# (end of section `editions`)


## `amphi check` diagnostics: the shape of YAML files (src/course/shape.rs, de.rs, yaml.rs, load.rs)
## (section `diag-shape`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# (end of section `diag-shape`)


## `amphi check` diagnostics: validation, links, media, images, transcripts, files, lints, the library
## (section `diag-validate`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# (end of section `diag-validate`)


## `amphi import`: the command, its report, GIFT and mdBook notes
## (section `import-report`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# (end of section `import-report`)


## `amphi import`: Open edX notes (src/import/olx/)
## (section `import-olx`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# `amphi import`, an Open edX export refused (src/import/olx/source.rs): said after `SOURCE: `
import-olx-cannot-read-source = cannot read it: { $reason }
import-olx-cannot-read = cannot read { $path }: { $reason }
import-olx-not-a-source = it is neither a folder holding course.xml nor an Open edX export's .tar.gz (it is not gzip-compressed)
import-olx-bad-gzip = its gzip compression is damaged ({ $detail })
import-olx-not-tar = once uncompressed, it is not a tar archive, or a damaged one ({ $detail })
import-olx-truncated = the archive ends inside { $member } (it is truncated)
import-olx-no-course-xml = no course.xml in it nor in the two folder levels below: it is not an Open edX (OLX) export
import-olx-several-courses = it holds several courses ({ $found }): give the folder of the one to import
import-olx-name-absolute = the member { $member } is an absolute path: unpacked, such an archive could write outside the course's folder
import-olx-name-climbs = the member { $member } climbs out with `..`: unpacked, such an archive could write outside the course's folder
import-olx-archive-link = the member { $member } is a { $kind ->
        [hard] hard link
       *[symbolic] symbolic link
    } to { $target }: links are refused in an export (they could lead outside it)
import-olx-special = { $member } is a { $kind ->
        [fifo] FIFO
        [socket] socket
        [block] block device
        [char] character device
        [contiguous] contiguous file
        [sparse] sparse file
        [type] member of type { $type }
       *[other] special file
    }, not a regular file
import-olx-link-missing = the link { $link } leads to { $target }, which does not exist
import-olx-link-outside = the link { $link } leads to { $target }, outside the course's folder: links may only lead to files inside it
import-olx-link-folder = the link { $link } leads to the folder { $target }: links to folders are not followed (they could loop)
import-olx-link-not-a-file = the link { $link } leads to { $target }, which is not a regular file
import-olx-file-and-folder = the member { $member } is both a file and a folder of other members
import-olx-name-not-utf8 = the name { $name } is not UTF-8
import-olx-file-too-large = { $member } is larger than { $limit } bytes, the most one file of an export may hold
import-olx-too-many-entries = it has more than { $limit } files and folders, the most an export may have
import-olx-too-large = it holds more than { $limit } bytes (uncompressed), the most an export may hold
import-olx-expands = it expands to more than { $limit } bytes from { $compressed } compressed bytes (more than { $factor } times its size): a decompression bomb, or not an export

# an XML file of the export that does not parse (src/import/olx/source.rs): `file:line:col: what`
# ($doctype is `<!DOCTYPE …>`, an argument so that French typography leaves its `!` alone)
import-olx-xml-no-file = { $file }: no such file in the export
import-olx-xml-not-utf8 = { $file }:{ $line }: not UTF-8
import-olx-xml-too-large = the XML is larger than { $limit } bytes, the most one file may hold
import-olx-xml-at = { $line }:{ $col }: { $what }
import-olx-xml-in-file-at = { $file }:{ $line }:{ $col }: { $what }
import-olx-in-file = { $file }: { $what }
import-olx-xml-dtd = a DTD ({ $doctype }) is refused: its entities could expand without bound or read files outside the export
import-olx-xml-too-many-nodes = the XML has more than { $limit } nodes, the most one file may hold (or is nested too deep)
import-olx-xml-no-element = the XML has no element
import-olx-xml-unclosed = the XML ends before its elements are closed

# an export that cannot become a course (src/import/olx/course.rs): said after `SOURCE: `
import-olx-no-course-file = no course.xml: this is not an Open edX course export
import-olx-not-a-course = course.xml does not hold a <course> element
import-olx-course-file-missing = course.xml names the course file { $file }, which the export does not hold
import-olx-too-many-chapters = the course has more than { $limit } chapters; an amphi course holds at most { $limit } modules
import-olx-nothing = nothing in the export can be imported: no chapter holds a unit amphi can show
import-olx-too-many-items = the subsection “{ $title }” has more than { $limit } items
import-olx-too-many-subsections = the chapter “{ $title }” has more than { $limit } subsections
import-olx-too-many-questions = the unit “{ $title }” has more than { $limit } questions, the most a quiz holds

# the report: why a component with no equivalent is left out (its subject is the component)
import-olx-no-discussion = a discussion forum lives on the Open edX site; amphi has none
import-olx-no-poll = a poll gathers every learner's vote on the Open edX site
import-olx-no-survey = a survey gathers every learner's answers on the Open edX site
import-olx-no-word-cloud = a word cloud gathers every learner's words on the Open edX site
import-olx-no-lti = an LTI component runs a tool of another site, which needs the network and its keys
import-olx-no-openassessment = an open response assessment is graded by peers or staff on the Open edX site
import-olx-no-drag-and-drop = drag and drop has no equivalent question in amphi
import-olx-no-library-content = it picks problems at random from a content library, which the export does not hold
import-olx-no-split-test = it shows different content to different groups of learners; amphi shows one course to all
import-olx-no-done = a button marking the unit done; amphi marks items done as they are read
import-olx-no-staff-graded = the work is handed in and graded by the course staff on the Open edX site
import-olx-no-wiki = a course wiki lives on the Open edX site
import-olx-no-scorm = a SCORM package runs in a web browser
import-olx-no-other = amphi has no equivalent for this kind of component
# the reason for an element named by its tag, `<tag>: why`
import-olx-tag-why = <{ $tag }>: { $why }

# the report: chapters, subsections, units, html components, videos left out or approximated
import-olx-empty-subsection = none of its units holds anything amphi can show
import-olx-empty-chapter = none of its subsections holds anything amphi can show
import-olx-empty-unit = it holds nothing amphi can show
import-olx-html-file-missing = its HTML file is not in the export
import-olx-empty = it is empty
import-olx-nothing-to-read = it holds nothing to read ({ $notes })
import-olx-no-question = it holds no question amphi can ask
import-olx-conditional = shown to every learner, whatever the condition
import-olx-annotations = the text is kept; its annotations' notes are left out
import-olx-video-nowhere = it has no web address to watch it at, and the export holds no video file
import-olx-one-transcript = only the “{ $language }” transcript was imported (also in the export: { $others })
import-olx-transcript-unreadable = its transcript { $file } could not be read
import-olx-no-transcript = it has no transcript to read
import-olx-duration-from-cue = its duration is the end of its transcript's last cue
import-olx-duration-from-end-time = its duration is the end time of the part Open edX plays
import-olx-no-duration = the export gives no duration: written as 0:00
import-olx-clip = Open edX plays only a part of it (start_time, end_time); amphi plays it whole

# the report: a problem left out or approximated (src/import/olx/problem.rs; its subject is the problem)
import-olx-problem-xml = its XML does not parse: { $error }
import-olx-not-a-number = { $name }="{ $value }" is not a number amphi can use: ignored
import-olx-no-response = it has no response to grade
import-olx-python-script = its values come from a Python script run for each learner ({ $names }), which amphi does not run
# a problem whose one response (or every one, of one kind) amphi does not convert: $why is an import-olx-response-* phrase
import-olx-problem-not = it { $why }
import-olx-parts-not = each of its { $count } parts { $why }
import-olx-no-part-gradable = none of its parts can be graded: { $parts }
import-olx-part-left-out = { $part }: left out (its text stays)
# a part that makes no question: $why an import-olx-response-* phrase (…-not) or a clause of its own (…-failed)
import-olx-part-not = part { $part } ({ $name }) { $why }
import-olx-response-not = { $name } { $why }
import-olx-part-failed = part { $part } ({ $name }): { $why }
import-olx-response-failed = { $name }: { $why }
# why a kind of response is not converted: said after the response (English: a verb phrase)
import-olx-response-custom = is graded by the course's own Python code, which amphi does not run
import-olx-response-formula = asks for a formula, checked by evaluating it at sample values, which amphi cannot do
import-olx-response-schematic = asks for a circuit drawn in a schematic editor and checked by simulation
import-olx-response-image = asks for a click on a region of an image, which a terminal cannot offer
import-olx-response-annotation = asks to annotate a passage with tags, which amphi has no question for
import-olx-response-symbolic = asks for a symbolic expression checked by a computer algebra system
import-olx-response-code = sends the learner's code to an external grader
import-olx-response-external = sends the answer to an external grading server
import-olx-response-javascript = is graded by JavaScript, which amphi does not run
import-olx-response-choicetext = asks for choices with text typed inside them, which amphi has no question for
import-olx-response-truefalse = is an old Open edX kind (several statements to tick) amphi does not read
import-olx-response-chemical = asks for a chemical equation checked by Open edX's chemistry parser
import-olx-response-jsinput = is a JavaScript activity (jsinput) graded by the course's Python code, which amphi does not run
import-olx-response-drag-and-drop = is a drag and drop problem, which amphi has no question for
import-olx-response-unknown = is a kind of response amphi does not know ({ $name })
# a problem's showanswer, and when it shows the answer ($why)
import-olx-showanswer = showanswer="{ $value }" ({ $why }) becomes the quiz's show_answers: { $to }
import-olx-showanswer-answered = once answered right
import-olx-showanswer-correct-or-past-due = once right, or after the due date
import-olx-showanswer-finished = after the due date or the last attempt, which amphi does not have
import-olx-showanswer-unknown = showanswer="{ $value }" is not an Open edX value amphi knows: ignored
import-olx-solution-images = the solution's images are not shown (an explanation is one line of text)
import-olx-hintgroup = hints chosen by a Python hint function (hintgroup) are left out

# the report: a response converted with an approximation, or why it could not be (src/import/olx/problem/responses.rs)
import-olx-no-element = it has no <{ $tag }>
import-olx-few-choices = it has fewer than two choices
import-olx-fixed-choices = choices fixed in place (fixed="true") are shuffled with the others
import-olx-answer-pool = answer-pool="{ $pool }" (a random subset of the choices) shows every choice
import-olx-partial-choice = choice { $choice } gives partial credit in Open edX; here it is wrong
import-olx-no-right-choice = no choice is marked right
import-olx-several-right = { $count } choices are marked right; amphi's single choice keeps the first
import-olx-tick-none = no choice is right (the answer is to tick none), which amphi's multiple choice cannot ask
import-olx-unticked-hints = { $count } hint(s) shown in Open edX when a wrong choice is rightly left unticked are left out
import-olx-compound-hints = { $count } hint(s) for a combination of choices (compoundhint) are left out
import-olx-partial-credit-choices = partial_credit="{ $value }" becomes amphi's partial credit (right picks minus wrong picks)
import-olx-correcthint-feedback = the correcthint is the first right choice's feedback
# $number: the dropdown's number, 0 when it is the problem's only one
import-olx-dropdown-few-options = { $number ->
        [0] the dropdown
       *[other] dropdown { $number }
    } has fewer than two options
import-olx-dropdown-right-missing = { $number ->
        [0] the dropdown's
       *[other] dropdown { $number }'s
    } right option is not one of its options
import-olx-no-answer = it has no answer
import-olx-case-sensitive = case-sensitive in Open edX; amphi ignores case
import-olx-answer-feedback = { $count } feedback(s) on a given answer (stringequalhint) are in the explanation
import-olx-correcthint-explanation = the correcthint is in the explanation
import-olx-bad-regexp = its regular expression `{ $pattern }` is not one amphi can read ({ $error })
import-olx-any-answer = any answer is right (its pattern accepts anything): an unscored reflection
import-olx-open-range = the range { $range } excludes a bound in Open edX; amphi's ranges include both
import-olx-bad-range = its range `{ $range }` is not two numbers, low then high
import-olx-formula-answer = its answer `{ $answer }` is a formula or a variable, which amphi cannot evaluate
import-olx-bad-tolerance = its tolerance `{ $tolerance }` is not a number
import-olx-close-needs-tolerance = partial credit for a close answer needs a tolerance: left out
import-olx-partial-credit-unknown = partial_credit="{ $value }" is not known: left out
import-olx-partial-credit-half = partial credit gives 50 % of the points, Open edX's default

# the report: HTML turned into Markdown (src/import/olx/html.rs)
import-olx-html-too-deep = markup nested too deep: only its text was kept
import-olx-html-script = a script was left out
import-olx-html-styles = styles were left out
import-olx-html-form = form controls (buttons, fields) were left out
import-olx-html-object = an embedded drawing or object was left out
import-olx-html-merged-cells = a table's merged cells were not spread over their columns
import-olx-html-cell-on-one-line = a table cell holding a list or several paragraphs was put on one line
# $tag: iframe, video, audio or embed; $what: page, video or audio
import-olx-html-embed-no-address = an embedded { $tag } with no address was left out
import-olx-html-embed-missing = an embedded { $what } not in the export was left out
import-olx-html-embed-link = an embedded { $what } became a link to it
import-olx-html-link-as-text = a link to a page of the Open edX site, or to a file not in the export, was kept as text
import-olx-html-web-image = an image on the web became a link to it (amphi never fetches images)
import-olx-html-missing-image = an image that is not in the export was left out (its description kept)

# words amphi writes into an imported course (in the course's language when amphi speaks it, else English)
import-olx-course-title = Imported Open edX course
import-olx-course-description = Imported from an Open edX course export by `amphi import`: see IMPORT.md for what was converted, approximated and left out.
import-olx-title-chapter = Chapter
import-olx-title-section = Section
import-olx-title-unit = Unit
import-olx-title-video = Video
import-olx-title-continued = { $title } (continued)
import-olx-file-handout = Handout
import-olx-file-track = Transcript to download
# a lesson saying what a component left out held (Markdown, followed by its text)
import-olx-lesson-not-imported = *Not imported: a { $tag } component: { $why }.* It said:
import-olx-lesson-not-imported-named = *Not imported: { $tag } “{ $name }”: { $why }.* It said:
import-olx-lesson-answers = Answers: { $answers }
# a lesson saying what a problem left out asked (Markdown, followed by its text and solution)
import-olx-lesson-not-a-question = *This Open edX problem is not a question here: { $why }. This is what it asked.*
import-olx-lesson-solution = Solution
# a prompt for a question its problem gives none
import-olx-prompt-single = Choose the right answer.
import-olx-prompt-multiple = Choose every right answer.
import-olx-prompt-short = Type your answer.
import-olx-prompt-numeric = Type the number.
import-olx-prompt-reflection = Write your answer.
import-olx-parts-stimulus = { $count ->
        [one] A problem of { $count } part.
       *[other] A problem of { $count } parts.
    }
import-olx-choice-no-text = (no text)
import-olx-if-you-answered = If you answered “{ $answer }”: { $feedback }
# an embedded page, video or sound, or an image, when its own text gives no name
import-olx-html-video = Video
import-olx-html-audio = Audio
import-olx-html-page = Embedded page
import-olx-html-image = image
import-olx-html-image-placeholder = (image: { $alt })
# (end of section `import-olx`)
