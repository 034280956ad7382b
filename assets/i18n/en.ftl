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
# a thing of the course named in a message (`kind`: lesson, quiz, interview,
# video, module, question, group, section…), and a problem said of one
load-named = { $kind } `{ $id }`
load-about = { $owner }: { $message }
load-the-course = the course
load-the-glossary = the glossary
# validation of the course, its modules, items and glossary (src/course/validate.rs)
load-too-many = { $owner } has { $count } { $key }: a list may hold at most { $max } entries
load-course-title-empty = the course title is empty
load-course-no-modules = the course is empty: `modules` lists no module file
load-duplicate-module = duplicate module id `{ $id }` (also used in { $first })
load-module-empty-title = module `{ $id }` has an empty title
load-module-no-items = module `{ $id }` has no items
load-duplicate-item = duplicate item id `{ $id }` in module `{ $module }`
load-duplicate-item-in-sections = duplicate item id `{ $id }` in module `{ $module }` (in section `{ $section }`, and first in section `{ $first }`)
load-item-empty-title = { $owner } has an empty title
load-lesson-no-text = lesson `{ $id }` has no text: give `body` or `body_file`
load-file-empty-title = file `{ $path }` has an empty title
load-duplicate-section = duplicate section id `{ $id }` in module `{ $module }`
load-section-empty-title = section `{ $id }` has an empty title
load-section-no-items = section `{ $id }` of module `{ $module }` has no items: give it at least one, or leave the section out
load-video-file-and-url = video `{ $id }` has both `file` and `url`; keep one
load-video-no-file-or-url = video `{ $id }` has neither `file` nor `url`: give one (a file of the course folder, or an address)
load-video-bad-url = video `{ $id }`: `url` must be an `http://` or `https://` address, not `{ $url }`
load-term-empty = a glossary term is empty
load-term-too-many-aliases = glossary term `{ $term }` has { $count } aliases: a term may have at most { $max }
load-term-empty-definition = glossary term `{ $term }` has an empty definition
load-term-empty-alias = glossary term `{ $term }` has an empty alias
load-duplicate-term = duplicate glossary term `{ $name }` (already given for `{ $first }`)
load-duplicate-alias = duplicate glossary alias `{ $name }` (already given for `{ $first }`)
# `what`: course, module, item, section, participant, group, question, objective
load-bad-id = { $what } id `{ $id }` must be non-empty and use only letters, digits, `-`, `_` and `.`
load-participant-empty-name = participant `{ $id }` of interview `{ $interview }` has an empty name
load-duplicate-participant = duplicate participant id `{ $id }` in interview `{ $interview }`
# `key`: publication or date
load-interview-source-empty = the source of interview `{ $interview }` has an empty { $key }
load-interview-no-turns = interview `{ $id }` has no turns
load-turn-no-text = turn { $turn } of interview `{ $interview }` has no text
load-unknown-speaker = unknown speaker `{ $speaker }` in interview `{ $interview }`: expected one of the participant ids ({ $known })
load-none-declared = none declared
load-duplicate-question = duplicate question id `{ $id }` in quiz `{ $quiz }`
load-group-id-is-a-question = the id `{ $id }` is also a question's in quiz `{ $quiz }`: groups and questions need ids of their own
load-duplicate-group = duplicate group id `{ $id }` in quiz `{ $quiz }`
load-group-empty-stimulus = the stimulus is empty: it is the text every part is about
load-group-no-questions = the group has no questions: give it at least one part
load-pass-mark = pass mark { $mark } of quiz `{ $quiz }` is outside 0–100 (it is a percentage)
load-quiz-no-questions = quiz `{ $id }` has no questions
load-prompt-empty = the prompt is empty
load-reflection-scored = a reflection is never scored: leave out `{ $key }`
load-hint-and-hints = give either `hint` (one hint) or `hints` (a list), not both
load-hint-empty = hint { $hint } is empty
load-hint-cost = `hint_cost` { $cost } is outside 0–100 (it is a percentage of the question's points)
load-hint-cost-no-hints = `hint_cost` is set but the question has no `hint` or `hints`
load-feedback-choice = `feedback` for choice { $choice }: choices are numbered 1 to { $count }
load-feedback-not-choices = `feedback` is only for single_choice, multiple_choice and true_false questions
load-missed-not-choices = `missed` is only for single_choice and multiple_choice questions
load-missed-choice = `missed` for choice { $choice }: choices are numbered 1 to { $count }
load-missed-wrong = `missed` for choice { $choice }: it is not a right answer, so it cannot be missed (feedback on a wrong pick goes in `feedback`)
# links: `see:` of questions, `item:` links of lessons, objectives (src/course/links.rs)
load-not-a-see-link = `{ $link }` is not a lesson link: write `lesson-id`, `lesson-id#heading-slug` or `module-id/lesson-id#heading-slug`
# `forms`: the three forms of an item link, joined with "or"
load-not-an-item-link = `{ $link }` is not an item link: write { $forms }
load-no-module = there is no module `{ $id }` (modules: { $modules })
load-no-item = module `{ $module }` has no item `{ $item }` (its items: { $items })
load-link-not-a-lesson = `{ $item }` in module `{ $module }` is not a lesson: only a lesson has headings to link to
load-no-heading = lesson `{ $lesson }` has no heading with the slug `{ $slug }` (its headings: { $headings })
# in place of an empty list of names (modules, items, headings, objectives)
load-none = none
# in place of an empty list of lessons
load-none-lessons = none
load-item-link = lesson `{ $lesson }`: link `{ $link }`: { $problem }
load-duplicate-objective = duplicate objective id `{ $id }` (also declared in module `{ $module }`): objective ids are unique in the course
load-objective-empty-title = objective `{ $id }` has an empty title
# `see`: `see: module/lesson#slug` as written
load-see-link = `{ $see }`: { $problem }
load-unknown-objective = unknown objective `{ $id }`: no module declares it in `objectives` (declared: { $declared })
load-no-lesson = module `{ $module }` has no lesson `{ $lesson }` (its lessons: { $lessons })
# `kind`: quiz, interview or video
load-see-not-a-lesson = `{ $item }` in module `{ $module }` is { $kind ->
    [interview] an { $kind }
   *[other] a { $kind }
}, not a lesson
# the paths of course files and why a file cannot be read (src/course/files.rs)
load-path-empty = the path is empty
load-path-control = the path contains a control character
load-path-absolute = the path is absolute; write it relative to the course folder
load-path-leaves = the path leaves the course folder (`..` is not allowed)
load-path-no-file = the path does not name a file
# `error`: the system's own words
load-folder-unreadable = cannot open the course folder: { $error }
load-path-outside = the path resolves to { $path }, outside the course folder
load-path-folder = the path names a folder, not a file
load-path-not-regular = not a regular file (a pipe, socket or device)
load-file-not-found = file not found
load-permission-denied = permission denied
load-cannot-read = cannot read: { $error }
# offered files, videos and transcripts (src/course/media.rs; after `lesson `id`: `)
load-file-missing = file `{ $path }` is missing from the course folder
load-file-refused = file `{ $path }`: { $problem }
load-transcript-format = transcript `{ $path }` must be a WebVTT (`.vtt`) or SubRip (`.srt`) file
load-transcript-refused = transcript `{ $path }`: { $problem }
load-transcript-no-cues = transcript `{ $path }` has no cues
# a malformed transcript, at its line (src/course/transcript.rs)
load-vtt-signature = a WebVTT transcript must start with the line `WEBVTT`
# `example`: `00:01:02.000 --> 00:01:05.000`
load-no-timing = expected a cue timing such as { $example }
load-too-many-cues = a transcript may hold at most { $max } cues
load-no-arrow = expected `-->` between two times
load-cue-backwards = the cue ends ({ $end }) before it starts ({ $start })
# `example`: one or two times as they should be written
load-bad-time = `{ $time }` is not a time: expected { $example }
# images that cannot be drawn (src/course/images.rs; `format`: PNG, JPEG or GIF)
load-image-header = cannot read the { $format } header: { $error }
load-image-decode = cannot decode the { $format }: { $error }
load-image-empty = the { $format } is empty
load-image-unreadable = cannot read the image: { $error }
load-image-no-pixels = the image has no pixels ({ $width }×{ $height })
load-image-too-large = the image is too large to show ({ $width }×{ $height } pixels; at most { $max } megapixels)
load-image-svg = SVG images are not drawn (only PNG, JPEG and GIF): learners see the alt text
load-image-unsupported = not a PNG, JPEG or GIF image: learners see the alt text
# the warnings of `amphi check` (src/author/lint.rs)
lint-image-in-lesson = lesson `{ $lesson }`: image `{ $image }` { $problem }
lint-image-in-stimulus = quiz `{ $quiz }`, group `{ $group }`: image `{ $image }` in the stimulus { $problem }
# `problem` of an image: one of these two
lint-image-remote = is a web address: amphi never fetches images, learners see the alt text
lint-image-unshown = cannot be shown: { $why }
lint-in-term = glossary term `{ $term }`: { $message }
lint-term-unused = glossary term `{ $term }` is used in no lesson or interview (nor are its aliases), so it is never underlined
lint-long-module = module `{ $id }` is long ({ $items } items, { $words } words): consider splitting it (warned above { $max_items } items or { $max_words } words)
lint-lesson-no-words = lesson `{ $id }` has no words, only markup or punctuation
lint-placeholder = lesson `{ $id }` still says `{ $marker }`: is it finished?
lint-no-explanation = quiz `{ $id }`: no question has an `explanation`, so learners only see whether they were right
# `why`: the math layout's own words
lint-math-source = this formula is shown as its TeX source: { $why }
# `opener`: `$$` or `\[`
lint-math-unclosed = `{ $opener }` opens display math that never closes, so it shows as typed
lint-in-lesson = lesson `{ $id }`: { $message }
lint-in-interview = interview `{ $id }`: { $message }
lint-in-question = quiz `{ $quiz }`, question `{ $question }`: { $message }
# the library's refusals: `amphi add`, `amphi remove`, a course that cannot be opened (src/library.rs)
# `problem`: why there is no home folder; `env`: AMPHI_DATA_DIR
library-no-data-folder = { $problem }: set { $env } to an absolute folder
library-unusable-id = the library cannot hold the course id `{ $id }`: { $why }; change `id` in course.yaml
# `why` of library-unusable-id: one of these five
library-id-dot = it starts with `.`, as amphi's temporary files do
library-id-dash = it starts with `-`, which commands would read as an option
library-id-trailing-dot = it ends with `.`, which some file systems drop
library-id-link = it ends with `{ $suffix }`, as the file of a linked course does
library-id-device = it is the name of a device on Windows (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9, with any extension)
library-bundled-id = `{ $id }` is the id of the bundled course: give the course another `id` in course.yaml
library-already-installed = a course with the id `{ $id }` is already installed: add --force to replace it, or `amphi remove { $id }` first
library-already-linked = a course with the id `{ $id }` is already linked to { $path }: add --force to replace it, or `amphi remove { $id }` first
library-case-clash = the course `{ $other }` is installed, whose id differs from `{ $id }` only in case: on some file systems they would be one folder and one would replace the other; give this course another `id` in course.yaml, or `amphi remove { $other }` first
# `error`: the system's own words
library-cannot-create = cannot create { $path }: { $error }
library-cannot-install = cannot install into { $path }: { $error }
library-cannot-resolve = cannot resolve { $path }: { $error }
library-not-utf8 = { $path } is not a UTF-8 path, which a link cannot hold
library-copy-invalid = the copy does not check: { $problem }
library-cannot-lock = cannot lock { $path }: { $error }
library-cannot-remove = cannot remove { $path }: { $error }
library-none-installed = no course `{ $id }` is installed (no course is installed; see `amphi list`)
library-not-installed = no course `{ $id }` is installed; installed: { $installed } (see `amphi list`)
library-folder-gone = the folder { $path } is gone
library-id-changed = its id is now `{ $new }`: run `amphi remove { $id }`, then `amphi add` it again
library-invalid-course = invalid course
# the first problem of a course that cannot be opened: `file:line:column: message`
library-problem = { $place }: { $message }
library-and-more = { $first } (and { $count } more)
# each question kind's checks of its answer key (src/quiz/kinds/; after `question `id`: `)
load-choice-empty = choice { $choice } is empty
load-duplicate-choice = lists the same choice twice, so the learner cannot tell them apart
load-answer-out-of-range = answer { $answer } is out of range: choices are numbered 1 to { $count }
load-too-few-choices = needs at least 2 choices
load-no-right-choice = has no correct answer: `answers` must list at least one choice number
load-duplicate-answer = lists the same answer twice
load-too-few-items = needs at least 2 items to order
load-item-empty = item { $item } to order is empty
load-duplicate-order-item = lists the same item twice, so the order is ambiguous
load-model-answer-empty = `model_answer` is empty: leave it out
load-no-right-answer = has no correct answer: `answers` needs at least one non-empty answer, or give a `pattern`
load-too-few-pairs = needs at least 2 pairs to match
load-duplicate-pair-side = lists the same left or right side twice, so the matching is ambiguous
load-empty-pair-side = has a pair with an empty side
load-no-blanks = has no gaps: `blanks` is empty
# `gaps`: the gaps written, `{{2}}, {{3}}`; `first` and `last`: `{{1}}` and `{{n}}`
load-gaps-numbering = the text's gaps ({ $gaps }) must be { $first } to { $last }, each once, one per entry of `blanks`
load-gap-no-answer = gap { $gap } has no accepted answer
load-numeric-no-answer = has no answer: give `answer` (with an optional `tolerance`), `range` or `answers`
# one answer of several, and what is wrong with it
load-nth-answer = answer { $answer }: { $message }
load-not-finite = numbers must be finite
load-negative-tolerance = `tolerance` must be 0 or more, not { $tolerance }
load-backwards-range = the range [{ $low }, { $high }] is backwards: write the lower bound first
load-bad-credit = `credit` must be a percentage from 0 to 100, not { $credit }
# `full`: `credit: 100`
load-no-full-credit = no answer gives full credit: give one answer { $full } (the default)
# `amphi new`'s refusals (src/author/scaffold.rs)
check-new-bad-title = the title must be one line of text, not blank
check-new-bad-id = the id `{ $id }` must be non-empty and use only letters, digits, `-`, `_` and `.`
check-new-not-empty = { $path } is not empty: give a new folder, or an empty one
check-new-not-a-folder = { $path } exists and is not a folder
# `error`: the system's own words
check-new-cannot-write = cannot write { $path }: { $error }
# what a `see:` value should be, in serde's "invalid type: …, expected …"
load-expecting-see-link = a lesson link such as `lesson-id#heading-slug`
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
# (end of section `import-olx`)
