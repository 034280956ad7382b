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
about-language = in { $language }
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
quiz-keys-writing = Write your answer · Enter new line · Ctrl-S submit · Esc or Tab leaves
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
# a numeric answer given as a range
quiz-answer-range = from { $low } to { $high }
# the numeric answers accepted, joined by "or"
quiz-answers-any = { $answers }
# a short answer known only by its pattern
quiz-answer-pattern = text matching /{ $pattern }/
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
spoken-enter-new-line = Enter starts a new line, Ctrl-S submits.
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
cli-help-opt-import-source = What to import: a GIFT bank, an Open edX export or an mdBook folder
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
# Key names as the learner sees them (help overlay, status bar, notices);
# the config file's key syntax (Enter, PageDown, ctrl-s) is never translated
key-enter = Enter
key-space = Space
key-esc = Esc
key-tab = Tab
key-backtab = Shift-Tab
key-backspace = Backspace
key-delete = Delete
key-home = Home
key-end = End
key-page-up = PgUp
key-page-down = PgDn
key-ctrl = Ctrl-{ $key }
# A key the config file names that amphi does not know (`amphi config --check`,
# launch); the names to write are the config file's, in English
keys-unknown = unknown key `{ $name }`: write one character, a name such as Space, Tab, Enter, Esc, Up, PageDown or F2, optionally after `ctrl-`
# The config file's `images` and `image_protocol` settings (and AMPHI_IMAGE_PROTOCOL)
images-unknown-value = unknown value `{ $value }`: expected { $values } or { $last }
# Bookmarks (m, then ' or M)
bookmarks-already = This place is already bookmarked.
bookmarks-added = Bookmarked (' or M lists bookmarks): { $label }
bookmarks-gone = That bookmark's item ({ $item }) is no longer in the course.
# The note editor
notes-saved = Note saved.
# Opening a course file or playing a video (src/app/open.rs)
open-no-folder = This course is built into amphi: its files have no folder on disk to be opened from.
open-no-file = No such file.
open-no-opener = Cannot open { $name }: { $opener } is not installed.
open-opening = Opening { $name } with { $opener }
open-only-video = Only a video plays.
open-no-line = No such line.
open-no-media = This video has neither a file nor an address.
open-playing-at = Playing { $name } at { $time } with { $player }
open-playing = Playing { $name } with { $player }
open-cannot-play = Cannot play { $name }: neither { $player } nor { $opener } is installed.
open-opening-from-start = Opening { $name } with { $opener }, from the start ({ $player } is not installed: it could start at { $time })
# What a selected target is, in plain mode's spoken line
open-said-file = file { $title }, { $name }
open-said-video = the video, from the start
open-said-cue = transcript line at { $time }
open-said-selected = Selected: { $target }. Enter opens it.
# An image not drawn (plain mode, `images: never`, NO_COLOR, not decoded yet):
# its alt text in brackets
doc-image = [image: { $alt }]
# `amphi preview`: the banner when the course on disk has errors
reload-title = Not reloaded: the course has errors
reload-more = … and { $count } more (amphi check lists them all)
reload-showing = Showing the last good version; save a fix to reload.
# Launch: what `amphi`, `amphi review` and `amphi preview` print before the
# terminal interface opens or after it closes (after `amphi: `)
launch-bad-config = bad config file: { $error }
launch-bad-env = { $variable }: { $error }
launch-cannot-open = cannot open the course:
launch-no-scratch = cannot make a scratch state file: { $error }
launch-not-kept = progress is not kept after you quit ({ $why })
launch-no-terminal = needs an interactive terminal (stdin and stdout must be a terminal); try `amphi check` or `amphi progress` in scripts
launch-cannot-watch = cannot watch { $folder }: { $error }
launch-no-signals = cannot set up signal handling: { $error }
launch-no-terminal-setup = cannot set up the terminal: { $error }
launch-state-file = { $error } (state file: { $file })
launch-preview-scratch = Preview: progress is not kept (scratch state, discarded on exit; --state FILE keeps it)
# The state file's folder (every command that reads or writes progress)
cli-state-needed = { $why }: pass --state FILE or set { $variable }
cli-no-home = no home folder found
# A bookmark whose item is no longer in the course, in the list (instead of
# its module and item numbers)
bookmarks-gone-place = gone
# A mistake on a quiz's review that has no label of its own (w)
quiz-mark = mark { $number }
# The commented config file `amphi config --print-default` writes (src/config.rs):
# each message is a comment block, `# ` put before each line by the code
config-template-head =
    amphi configuration (YAML). Put it in the platform config folder
    (~/.config/amphi/config.yaml on Linux) or pass --config FILE or AMPHI_CONFIG.
    Every setting is optional; --theme, --measure, AMPHI_THEME and AMPHI_MEASURE
    win over this file, and NO_COLOR turns colour off whatever the theme.
config-template-theme = Colour theme: dark, light or high-contrast.
config-template-language =
    Language of amphi's own words: en or fr. Without it, a course in French
    speaks French, else the locale (LC_ALL, LC_MESSAGES, LANG) decides.
    --lang and AMPHI_LANG win over it.
config-template-hyperlinks =
    Clickable links (OSC 8 hyperlinks) where the terminal supports them: auto
    (on, except in plain mode and on the Linux console), always (on, except in
    plain mode) or never. Only http, https and mailto addresses are linked.
config-template-images =
    Images in course text (PNG, JPEG, GIF), drawn with half-block characters:
    auto (drawn, except in plain mode and under NO_COLOR, where the alt text
    shows), always (drawn, except in plain mode) or never (the alt text).
config-template-image-protocol =
    How drawn images are drawn: auto (the terminal's graphics protocol when
    the environment names one: kitty and ghostty get kitty's, iTerm2 and
    WezTerm iTerm2's, foot and mlterm sixel; half-blocks elsewhere and inside
    tmux or screen), kitty, iterm2, sixel or halfblocks. AMPHI_IMAGE_PROTOCOL
    wins over it.
config-template-measure = Widest text column, in columns ({ $min } to { $max }); wider terminals centre it.
config-template-keys =
    Key bindings: action: [keys]. The keys given replace the action's defaults.
    A key is one character, or Space, Tab, BackTab, Enter, Esc, Backspace, Delete,
    Up, Down, Left, Right, Home, End, PageUp, PageDown, F1..F12, each optionally
    after ctrl- (ctrl-c always quits). Enter, Esc and the quiz keys are fixed.
# a table's header before a cell's text, when a pane is too narrow for the table's columns
doc-table-field = { $header }:
# an item's kind in a search result's place (`2.1 lesson`)
search-kind-lesson = lesson
search-kind-interview = interview
search-kind-quiz = quiz
search-kind-video = video
# a language's name from its code (the About overlay)
language-name = { $code ->
    [en] English
    [fr] French
   *[other] { $code }
}
# (end of section `ui-words`)


## `--help` in other languages (long descriptions, values, clap's words) and the manual page
## (section `help-man`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# `--help`: each command's long description (the English is the doc comment's
# paragraphs on the command, in src/cli/mod.rs; a test keeps them the same)
cli-help-long-check = Check a course folder and show every problem with its source line.

    Each problem starts with a { "`file:line:column: message`" } line, then shows the line with a caret under the column; a summary such as `3 errors in 2 files` ends the report. Exits 0 when the course is valid (warnings, for what is legal but likely wrong, do not count), 1 when it is not, 2 when the folder cannot be used.
cli-help-long-new = Create a new course folder, with one item of each kind to start from.

    Writes course.yaml, one module (a lesson, a lesson in its own Markdown file, an interview and a quiz with a question of every kind) and a README.md for the author. Refuses a folder that exists and is not empty.
cli-help-long-notes = Print every note written on the course, with its module and item titles.

    Notes are written in amphi with `a` on an item and kept in the state file. Markdown has a heading per module and per item; JSON is one document with the course id and title and a list of notes.
cli-help-long-add = Check a course folder and install it in the course library.

    Copies the files the course is made of into `courses/<id>/` in the data folder (AMPHI_DATA_DIR, else the platform's); `--link` records where the folder is instead, to read it from there each time. Then `amphi <id>` opens it, and `amphi` alone offers it in the course picker.
cli-help-long-import = Import a course or quiz bank of another format as an amphi course folder.

    Reads a Moodle GIFT quiz bank (`.gift` or `.txt`), an Open edX course export (its folder or `.tar.gz`) or an mdBook book (a folder with `book.toml`), and writes an ordinary course folder in DIR that `amphi check` accepts. Prints a report of what was converted, approximated (and how) and left out (and why), also written as IMPORT.md in DIR. Refuses a DIR that is not empty without --force, and never writes outside DIR.
cli-help-long-export = Export the learner's progress as xAPI statements (a JSON array).

    Reads the state file: items read, quiz attempts and their answers, modules and the course once complete. The learner is an account on { "`urn:amphi`" } named after --actor, or $USER.
cli-help-long-preview = Open a course folder and reload it whenever its files change.

    For authors: keep an editor open beside it. The place in the course is kept across reloads. A change that breaks the course shows its problems over the last good version, which stays readable, until a fix is saved.

    Progress made while previewing (items read, quizzes taken) goes to a scratch state file, discarded on exit, so a preview never changes your own progress; `--state FILE` (or AMPHI_STATE) keeps it in FILE instead.
# `--help`: what each value of an option means (the English is the value's doc
# comment on its enum; a test keeps them the same)
cli-help-value-check-format-text = Compiler-style diagnostics with the source line and a caret, then a summary
cli-help-value-check-format-json = One JSON document (shape documented in docs/course-format.md)
cli-help-value-progress-format-text = One line per module, for people
cli-help-value-progress-format-json = One JSON document
cli-help-value-progress-format-csv = A header line, then one line per module
cli-help-value-notes-format-markdown = A Markdown document: a heading per module and per item, then the note
cli-help-value-notes-format-json = One JSON document
cli-help-value-import-from-gift = A Moodle GIFT quiz bank (`.gift`, `.txt`)
cli-help-value-import-from-olx = An Open edX course export (a folder with course.xml, or its .tar.gz)
cli-help-value-import-from-mdbook = An mdBook book (a folder with book.toml), with its mdbook-quiz quizzes
cli-help-value-import-format-text = Markdown text, as written to IMPORT.md
cli-help-value-import-format-json = One JSON document
cli-help-value-schema-file-course = `course.yaml`
cli-help-value-schema-file-module = A module file, such as `modules/01-basics.yaml`
cli-help-value-schema-file-glossary = `glossary.yaml`
# `--help`: the `-h, --help` flag of a command that has a long help (`-h` shows
# the short one), and the argument of `amphi help COMMAND`
cli-help-flag-help-more = Print help (see more with '--help')
cli-help-flag-help-summary = Print help (see a summary with '-h')
cli-help-arg-help-command = Print help for the subcommand(s)
# `--help`: clap's words (in English, clap writes its own): headings, and the
# notes after an option's help
cli-clap-heading-commands = Commands:
cli-clap-heading-arguments = Arguments:
cli-clap-heading-options = Options:
cli-clap-env = { "[" }env: { $name }]
cli-clap-default = { "[" }default: { $value }]
cli-clap-possible-values = { "[" }possible values: { $values }]
cli-clap-possible-values-heading = Possible values:
cli-clap-value-item = { $value }: { $help }
# clap's errors on a wrong command line (in English, clap writes its own)
cli-clap-error = { $label }: { $message }
cli-clap-error-label = error
cli-clap-tip = { $label }: { $tip }
cli-clap-tip-label = tip
cli-clap-more = For more information, try '{ $flag }'.
cli-clap-unknown-argument = unexpected argument '{ $arg }' found
cli-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-clap-value-required = a value is required for '{ $arg }' but none was supplied
cli-clap-value-validation = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-clap-subcommands = { "[" }subcommands: { $values }]
cli-clap-invalid-subcommand = unrecognized subcommand '{ $name }'
cli-clap-missing-required = { $count ->
    [one] the following required argument was not provided:
   *[other] the following required arguments were not provided:
}
cli-clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
cli-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-clap-conflict-list = the argument '{ $arg }' cannot be used with:
cli-clap-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
cli-clap-conflict-twice = the argument '{ $arg }' cannot be used multiple times
cli-clap-conflict-subcommand = the subcommand '{ $name }' cannot be used with '{ $other }'
cli-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
cli-clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-clap-too-few-values = { $min } values required by '{ $arg }'; only { $count } { $count ->
    [one] was
   *[other] were
} provided
cli-clap-wrong-number-of-values = { $expected } values required for '{ $arg }' but { $count } { $count ->
    [one] was
   *[other] were
} provided
cli-clap-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
cli-clap-bad-command-line = the command line is not valid
cli-clap-quoted = '{ $text }'
cli-clap-tip-pass-value = to pass '{ $value }' as a value, use '{ $use }'
cli-clap-tip-exists = '{ $name }' exists
cli-clap-tip-remove-dashes = subcommand '{ $name }' exists; to use it, remove the '--' before it
cli-clap-tip-similar = { $count ->
    [one] a similar name exists: { $names }
   *[other] some similar names exist: { $names }
}
# why a value of a global option is refused (`--measure`, `--theme`, `--lang`)
cli-clap-reason-measure = a number of columns from 20 to 1000
cli-clap-reason-theme = expected dark, light or high-contrast
cli-clap-reason-lang = amphi speaks en, fr
# `--help`, errors and the man page: the placeholders of the usage lines
# (`<FILE>`, `[COURSE]`, `[COMMAND]`), in capitals
cli-help-placeholder-course = COURSE
cli-help-placeholder-command = COMMAND
cli-help-placeholder-theme = THEME
cli-help-placeholder-columns = COLUMNS
cli-help-placeholder-lang = LANG
cli-help-placeholder-file = FILE
cli-help-placeholder-path = PATH
cli-help-placeholder-dir = DIR
cli-help-placeholder-format = FORMAT
cli-help-placeholder-title = TITLE
cli-help-placeholder-id = ID
cli-help-placeholder-source = SOURCE
cli-help-placeholder-name = NAME
cli-help-placeholder-shell = SHELL
# `amphi man`: the section titles of the manual page
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-commands = COMMANDS
cli-man-examples = EXTRA
cli-man-version = VERSION
cli-man-manual = General Commands Manual
# (end of section `help-man`)


## Editions: remembering the chosen edition, previews, glossary comparison, export
## (section `editions`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# amphi check: an edition's manifest (src/course/editions.rs, check_manifest)
edition-of-not-id = `edition_of` is `{ $of }` but the course id is `{ $id }`: an edition keeps the id of the course it translates, under which the learner's progress is stored
edition-lists-editions = an edition cannot list `editions` of its own: list them all in the original
edition-needs-language = an edition must say its `language` (such as `fr`)
edition-original-needs-language = a course with `editions` must say its own `language` (such as `en`)
edition-language-empty = an edition's `language` is empty
edition-language-taken = edition language `{ $language }` is the course's own or another edition's
edition-folder-bad = edition folder `{ $folder }`: { $error }
edition-folder-twice = edition folder `{ $folder }` is listed twice
# amphi check: an edition against its original (src/author/check.rs)
edition-language-differs = this edition's language is `{ $language }` but the original lists it as `{ $listed }`
edition-needs-edition-of = an edition must say `edition_of: { $id }` (the id of the course it translates)
# amphi check: an edition compared with its original (src/course/editions.rs, compare);
# $what is objective or section, $kind an item's kind (lesson, quiz, interview, video)
edition-id-differs = the edition's id is `{ $id }` but the course it translates is `{ $original }`: they must be the same, so that progress is shared
edition-module-missing = module `{ $module }` of the original is missing from this edition
edition-module-extra = module `{ $module }` is not in the original: no progress is shared for it
edition-part-missing = { $what } `{ $id }` of module `{ $module }` in the original is missing from this edition
edition-part-extra = { $what } `{ $id }` of module `{ $module }` is not in the original
edition-item-missing = { $kind } `{ $item }` of module `{ $module }` in the original is missing from this edition
edition-item-extra = { $kind } `{ $item }` of module `{ $module }` is not in the original: no progress is shared for it
edition-item-kind-differs = item `{ $item }` is a { $kind } here but a { $original } in the original
edition-question-missing = question `{ $question }` of quiz `{ $quiz }` in the original is missing from this edition
edition-question-extra = question `{ $question }` of quiz `{ $quiz }` is not in the original
edition-question-kind-differs = question `{ $question }` is { $kind } here but { $original } in the original
edition-answer-differs = question `{ $question }` has another right answer than in the original (choices are compared by position, numbers by value)
# amphi check: glossaries compared (src/course/editions.rs, compare_glossaries)
edition-glossary-id-missing = glossary id `{ $id }` of the original (term `{ $term }`) is missing from this edition
edition-glossary-id-extra = glossary id `{ $id }` (term `{ $term }`) is not in the original
edition-glossary-count = the glossary has { $count ->
    [one] { $count } term
   *[other] { $count } terms
}, the original's { $original }: translate every term
edition-glossary-count-no-id = the glossary has { $count ->
    [one] { $count } term
   *[other] { $count } terms
} without an `id`, the original's { $original }: give each term the `id` of the one it translates
# (end of section `editions`)


## `amphi check` diagnostics: the shape of YAML files (src/course/shape.rs, de.rs, yaml.rs, load.rs)
## (section `diag-shape`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
# Where a problem is (src/course/shape.rs): an item or question named by its id
# (`$noun` is its kind: lesson, interview, quiz, video, group, question, item),
# what it says after it, and a path inside it
# (a label such as `lesson `two`: ` given as the `$owner` that starts a message)
load-owner = { $noun ->
    [lesson] lesson `{ $id }`
    [interview] interview `{ $id }`
    [quiz] quiz `{ $id }`
    [video] video `{ $id }`
    [group] group `{ $id }`
    [question] question `{ $id }`
    [map] map `{ $id }`
   *[item] item `{ $id }`
}:{ " " }
load-owner-path = { $owner }{ $path }:{ " " }
load-path-label = { $path }:{ " " }
# a message after serde_yaml's path to the value (`items[2].turns[0]`)
load-at-path = { $path }: { $message }
# after the problems of a file when there are too many to list
load-more-problems = { $count ->
    [one] { $count } more problem of the same kinds in this file is not listed
   *[other] { $count } more problems of the same kinds in this file are not listed
}
# The fields of a map (src/course/shape.rs); the `-in` forms name the path of the map
load-key-not-name = { $owner }a key must be a name, not { $found }
load-key-not-name-in = { $owner }a key must be a name, not { $found } in `{ $path }`
load-given-twice = { $owner }`{ $name }` is given twice (first on line { $line }); keep one
load-given-twice-in = { $owner }`{ $name }` is given twice in `{ $path }` (first on line { $line }); keep one
load-unknown-field-near = { $owner }unknown field `{ $name }`; did you mean `{ $near }`?
load-unknown-field-near-in = { $owner }unknown field `{ $name }` in `{ $path }`; did you mean `{ $near }`?
load-unknown-field = { $owner }unknown field `{ $name }` (the fields here are { $fields })
load-unknown-field-in = { $owner }unknown field `{ $name }` in `{ $path }` (the fields here are { $fields })
load-missing-field = { $owner }missing field `{ $name }`
load-missing-field-in = { $owner }missing field `{ $name }` in `{ $path }`
load-duplicate-field = { $owner }duplicate field `{ $name }`
load-none-given = { $owner }missing field: give { $fields }
load-none-given-in = { $owner }missing field: give { $fields } in `{ $path }`
load-both-given = { $owner }{ $fields } are both given: give one, not both
load-both-given-in = { $owner }{ $fields } are both given in `{ $path }`: give one, not both
load-unknown-value = { $owner }unknown value `{ $value }`: expected { $values }
# Items and questions, read kind first (`$what`: item, question or map)
load-not-kind-map = { $owner }`{ $path }` must be { $what ->
    [question] a question
    [map] a map
   *[item] an item
}, a map starting with `kind`, not { $found }
load-needs-kind = { $owner }{ $what ->
    [question] a question
    [map] a map
   *[item] an item
} needs a `kind` ({ $kinds })
load-kind-not-first = { $owner }`kind` must be the first key of { $what ->
    [question] a question
    [map] a map
   *[item] an item
}, but its first key is `{ $key }`
load-kind-first = { $owner }{ $what ->
    [question] a question
    [map] a map
   *[item] an item
} must start with `kind` ({ $kinds }), but its first key is `{ $key }`
load-unknown-kind-near = { $owner }unknown kind `{ $kind }` for { $what ->
    [question] a question
    [map] a map
   *[item] an item
}; did you mean `{ $near }`?
load-unknown-kind = { $owner }unknown kind `{ $kind }` for { $what ->
    [question] a question
    [map] a map
   *[item] an item
}: expected { $kinds }
load-nested-group = { $owner }groups do not nest: the `questions` of a group are ordinary questions, not groups
# A value of the wrong type: what was expected, and what was found
load-file-must-be = { $owner }the file must be { $expected }, not { $found }
load-must-be = { $owner }`{ $path }` must be { $expected }, not { $found }
load-expected-not = { $owner }expected { $expected }, not { $found }
load-expected-one-of = one of { $values }
load-expected-weight = a number of points, 0 or more (such as 1, 2.5, or 0 for practice)
load-expected-weight-practice = a number of points, 0 or more (such as 1, 2.5, or 0 for a practice question that is not scored)
load-expected-choice = a choice number (1 for the first choice)
load-expected-percentage = a whole percentage from 0 to 100
load-expected-pass-mark = a pass mark: a whole percentage from 0 to 100
load-expected-hint-cost = a share of the question's points per hint: a whole percentage from 0 to 100
load-expected-whole-min = a whole number (0 or more)
load-expected-whole = a whole number
load-expected-number = a number
load-expected-number-text = a number written with a point for decimals, such as 12 or 1.50
load-expected-tolerance = a tolerance: a number such as 0.05, or a percentage of the answer such as 5%
load-expected-duration = a duration: whole seconds (`754`) or `mm:ss` or `h:mm:ss` in quotes (`"12:34"`)
load-expected-regex = a regular expression
load-expected-bool = `true` or `false`
load-expected-list = a list
load-expected-map = a map
load-expected-map-with = a map with { $fields }
load-expected-text = text
load-expected-other = something else
load-expecting-kind-map = { $what ->
    [question] a question
    [map] a map
   *[item] an item
} (a map starting with `kind`)
load-expecting-kind = the kind of { $what ->
    [question] a question
    [map] a map
   *[item] an item
}: { $kinds }
load-expecting-module = a module: a map with `id`, `title` and `items` or `sections`
load-expecting-section = a section: a map with `id`, `title` and `items`
load-expecting-pair = a pair: `{"{"}left: …, right: …{"}"}`
load-expecting-numeric-answer = a numeric answer: a map with `answer` (and `tolerance`) or `range`, and optional `credit` and `feedback`
# What was found instead (`$text` as written)
load-found-nothing = nothing
load-found-null = `{ $text }` (null)
load-found-literal = `{ $text }`
load-found-number = the number { $text }
load-found-text = the text `{ $text }`
load-found-list = a list
load-found-map = a map
load-found-alias = an alias
# Values refused by the course's own readers (src/course/de.rs)
load-duration-over = { $owner }duration { $seconds } is over 100 hours (it is in seconds)
load-bad-pattern = { $owner }`pattern` is not a valid regular expression: { $error }
load-tolerance-negative = { $owner }`tolerance` must be 0 or more, not `{ $value }`
load-numeric-range-tolerance = { $owner }a `range` has no `tolerance`: widen the range instead
load-numeric-answer-and-range = { $owner }give either `answer` (with an optional `tolerance`) or `range`, not both
load-numeric-tolerance-alone = { $owner }`tolerance` needs an `answer`
load-numeric-entry-empty = { $owner }an entry of `answers` needs `answer` or `range`
load-numeric-answer-and-answers = { $owner }give either `answer` (or `range`) or a list of `answers`, not both: move the `answer` into the list
# YAML files: encoding, syntax and limits (src/course/yaml.rs); `$error` is the parser's own text
load-file-too-large = the file is larger than { $mib } MiB: the limit is { $bytes } bytes per course file
load-not-utf8 = not valid UTF-8: invalid byte sequence at byte offset { $offset }
load-nested-deep = lists and maps are nested more than { $limit } deep here (counting every `[` and `{"{"}` not yet closed by a `]` or `{"}"}`)
load-file-empty = the file is empty
load-second-document = a second YAML document starts here: a course file holds one document, so remove this `---` (and what follows it, or merge that into the first document)
load-yaml-recursion = the YAML is nested too deeply (more than { $limit } levels of lists and maps)
load-too-many-values = the file holds more than { $limit } values (lists, maps and scalars)
load-alias-bomb = the aliases (`*name`) of the file expand to too many copies (the limit is { $limit } values, each alias counting as a copy of what it names): alias expansion bombs ("billion laughs") are refused
load-alias-text = the aliases (`*name`) of the file expand to more than { $limit } bytes of text (the limit is { $times } times the file's size, and at least { $min } bytes, each alias counting as a copy of the text it names): alias expansion bombs ("billion laughs") are refused
load-yaml-context = { $error } that starts at line { $line }, column { $column }
load-yaml-hint = { $error } ({ $hint })
load-hint-tabs = YAML cannot be indented with tabs: use spaces
load-hint-colon-in-value = check the indentation, and put a value that contains `: ` in quotes
load-hint-key-indent = check the indentation: the keys of one map must start in the same column
load-hint-list-indent = check the indentation: the entries of one list must start in the same column
load-hint-quote-start = put the value in quotes: a plain value cannot start with `@`, `` ` `` or `%`
load-hint-missing-colon = a key is missing its `:`, or a value running over several lines needs quotes or `|`
load-hint-flow-not-closed = a `[...]` or `{"{"}...{"}"}` is not closed, or a value inside it needs quotes
load-hint-end-of-file = the file ends inside quotes or brackets that are not closed
load-hint-escape = inside double quotes, write a backslash as `\\`, or use single quotes
# Reading the course's files (src/course/load.rs)
load-file-not-found = file not found
load-permission-denied = permission denied
load-cannot-read = cannot read: { $error }
load-module-file = module file `{ $path }`: { $error }
load-course-too-large = with this file the course holds more than { $mib } MiB, the limit for all its files together (a file named twice counts twice); loading stopped here
load-body-and-body-file = lesson `{ $id }` has both `body` and `body_file`; keep one
load-body-file-empty = lesson `{ $id }`: body_file `{ $path }` is empty
load-body-file-error = lesson `{ $id }`: body_file `{ $path }`: { $error }
# The config file's errors (src/config.rs): `$setting` is the setting at fault (`theme`, `keys.quit[1]`)
config-in-setting = { $setting }: { $message }
config-setting-not-name = a setting must be a name, not { $found }
config-expected = expected { $expected }, not { $found }
config-expected-measure = a whole number of columns, { $min } to { $max }
config-expected-keys = a map of actions to keys, such as `quit: [q, ctrl-q]`
config-expected-key-names = expected a key name or a list of key names, not { $found } (put a key that YAML reads as a number or as true or false in quotes: "1")
config-unknown-setting-near = unknown setting `{ $name }`; did you mean `{ $near }`?
config-unknown-setting = unknown setting `{ $name }`; the settings are { $settings }
config-unknown-theme = unknown theme `{ $value }`: expected { $values }
config-unknown-value = unknown value `{ $value }`: expected { $values }
config-unknown-language = unknown language `{ $value }`; amphi speaks { $codes }
config-measure-range = { $value } is out of range: the text column is { $min } to { $max } columns wide
config-unknown-action = unknown action; the actions are { $actions }
config-no-keys = no keys: give at least one (or leave the action out for its default keys)
config-key-clash = `{ $key }` is also the key of { $other }; give { $other } other keys too (keys.{ $other }: [...])
config-cannot-read = cannot read the config file: { $error }
#
# the YAML parser's (libyaml's) own words, said in the language: a problem, then
# where the parser was (`did not find expected key, while parsing a block mapping`)
load-yaml-parser = { $problem }, { $context }
load-yaml-p-key = did not find expected key
load-yaml-p-mapping-values = mapping values are not allowed in this context
load-yaml-p-dash = did not find expected '-' indicator
load-yaml-p-bad-start = found character that cannot start any token
load-yaml-p-colon = could not find expected ':'
load-yaml-p-flow-seq-end = did not find expected ',' or ']'
load-yaml-p-flow-map-end = did not find expected ',' or '{"}"}'
load-yaml-p-end = found unexpected end of stream
load-yaml-p-escape = found unknown escape character
load-yaml-p-tab = found a tab character that violates indentation
load-yaml-p-tab-space = found a tab character where an indentation space is expected
load-yaml-p-node = did not find expected node content
load-yaml-p-block-seq = block sequence entries are not allowed in this context
load-yaml-p-document-start = did not find expected <document start>
load-yaml-p-document-indicator = found unexpected document indicator
load-yaml-c-block-mapping = while parsing a block mapping
load-yaml-c-block-collection = while parsing a block collection
load-yaml-c-flow-sequence = while parsing a flow sequence
load-yaml-c-flow-mapping = while parsing a flow mapping
load-yaml-c-simple-key = while scanning a simple key
load-yaml-c-quoted = while scanning a quoted scalar
load-yaml-c-plain = while scanning a plain scalar
load-yaml-c-block-scalar = while scanning a block scalar
load-yaml-c-block-node = while parsing a block node
load-yaml-c-flow-node = while parsing a flow node
load-yaml-c-node = while parsing a node
load-yaml-c-anchor = while scanning an anchor
load-yaml-c-alias = while scanning an alias
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
load-bad-id = { $what ->
    [glossary] glossary term
   *[other] { $what }
} id `{ $id }` must be non-empty and use only letters, digits, `-`, `_` and `.`
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
# a glossary entry's id given twice (editions compare glossaries by id)
load-duplicate-glossary-id = duplicate glossary id `{ $id }` (already given for `{ $first }`)
# (end of section `diag-validate`)


## `amphi import`: the command, its report, GIFT and mdBook notes
## (section `import-report`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# the command's own words: what it did, and its refusals (after `amphi: `)
import-done = Imported { $source } into { $dir } (report in { $report }).
import-does-not-check = the imported course in { $dir } does not check (a bug in amphi's importer):
import-not-added = the course was written in { $dir } (report in { $report }) but not added: { $why }
import-refused = { $source }: { $why }; nothing was written
import-not-utf8 = { $source }: line { $line } is not UTF-8: save the file as UTF-8 and import it again; nothing was written
import-gift-too-large = { $source } is larger than { $max } bytes, the most a GIFT bank may hold; nothing was written
import-gift-refused-by-moodle = Moodle refuses { $source }, so amphi does too; nothing was written:
import-gift-nothing = nothing in { $source } can be imported (no question or description amphi can hold); nothing was written:
import-gift-default-title = Imported GIFT bank
import-mdbook-not-a-folder = { $source } is not a folder: an mdBook book is the folder holding book.toml
import-mdbook-nothing = nothing in { $source } can be imported (no chapter amphi can hold); nothing was written:
import-cannot-read-source = { $source }: cannot read it: { $error }
import-unknown-folder = { $source } is a folder with neither book.toml (mdBook) nor course.xml (Open edX): give --from
import-unknown-format = cannot tell the format of { $source }: give --from gift, olx or mdbook
import-cannot-read = cannot read { $path }: { $error }
import-not-a-file = { $path } is not a file
import-out-symlink = { $path } is a symbolic link: give the folder itself
import-out-not-a-folder = { $path } exists and is not a folder
import-out-not-empty = { $path } is not empty: give --force to write into it (files of the same names are replaced)
import-cannot-create = cannot create { $path }: { $error }
import-cannot-open = cannot open { $path }: { $error }
import-cannot-write = cannot write { $path }: { $error }
import-refusing-to-write = refusing to write { $file } in { $dir }: { $why }
import-path-leaves-folder = the path leaves the folder
import-symlink-on-the-way = a symbolic link is on the way

# the progress line on stderr (`{ $msg }`, `{ $bar }`, `{ $pos }` and `{ $len }` are the bar's own marks)
import-progress-reading = reading { $source }
import-progress-converting = converting
import-progress-converting-files = converting { $count } files
import-progress-writing = writing
import-progress-checking = checking the course
import-progress-bar = { $msg } { $bar } { $pos }/{ $len } files

# the report (printed, and written as IMPORT.md)
import-report-title = # Import of { $source } ({ $format })
import-report-unknown-format = unknown format
import-report-course = Course `{ $id }` “{ $title }”: { $modules ->
    [one] { $modules } module
   *[other] { $modules } modules
}, { $items ->
    [one] { $items } item
   *[other] { $items } items
}, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}.
import-report-kind = { $format } kind
import-report-found = found
import-report-converted = converted
import-report-approximated-column = approximated
import-report-left-out-column = left out
import-report-approximated = Approximated
import-report-left-out = Left out
import-report-warnings = Warnings from the { $format } reader
import-report-note = { $place }, { $kind } “{ $name }”: { $message }
import-report-warning = { $place }: { $message }
import-place-source = the source
import-place-line = line { $line }
import-at-line = line { $line }: { $message }
import-percent = { $value } %
import-percent-decimal = { $whole }.{ $fraction } %

# the kinds of the report's table, as GIFT's and mdBook's users know them
import-kind-gift-category = category
import-kind-gift-description = description
import-kind-gift-essay = essay
import-kind-gift-true-false = true/false
import-kind-gift-multiple-choice = multiple choice
import-kind-gift-multiple-answer = multiple answer
import-kind-gift-short-answer = short answer
import-kind-gift-matching = matching
import-kind-gift-missing-word = missing word
import-kind-gift-numerical = numerical
import-kind-mdbook-part = part
import-kind-mdbook-chapter = chapter
import-kind-mdbook-draft-chapter = draft chapter
import-kind-mdbook-include = include
import-kind-mdbook-image = image
import-kind-mdbook-link = link
import-kind-mdbook-quiz = quiz
import-kind-mdbook-other-question = other question

# the GIFT reader's warnings (src/import/gift/mod.rs)
import-gift-crlf = lines end in CRLF; they are read as LF
import-gift-cr-only = the file has no line feed; its lines are split at carriage returns
import-gift-zero-line = a line that is just `0` counts as a blank line and ends the question
import-gift-placeholder = the text holds Moodle's escape placeholder (like { $example }), which Moodle turns into a character
import-gift-category-no-blank = no blank line after { $mark }: the lines after it become part of the category name and their question is lost
import-gift-unclosed-title = { $mark } opens a title that is never closed: there is no title
import-gift-duplicate-title = the same title as the question at line { $line }
import-gift-format-tag-alone = a format tag alone on its line applies to the text after it
import-gift-empty-text = the question text is empty
import-gift-indentation-lost = indented line in Markdown or <pre> text: every line is trimmed, so the indentation is lost
import-gift-closing-brace-first = `{ "}" }` comes before the first `{ "{" }`: the answer block is misread
import-gift-second-block = a second `{ "{" }` after the answer block: only the first block is read, the rest stays text
import-gift-empty-answer = an answer with empty text (as `~=` makes): it is dropped
import-gift-full-credit-without-equals = full credit without `=`: the question becomes multiple-answer (check boxes); write `=` for the one right answer
import-gift-weight-not-read = this { $mark } is not read as a weight (it must be a number like { $example } or { $negative }): the answer is worth 0 and keeps the text
import-gift-weight-out-of-range = a weight outside { $range }
import-gift-not-a-number = a numerical answer that is not a number: any answer is accepted
import-gift-true-false-case = true/false must be written T, TRUE, F or FALSE: this is a short-answer question

# why the GIFT reader refuses a bank (Moodle's refusals, each after `line N: `)
import-gift-file-too-large = the file is { $bytes } bytes; GIFT banks of more than { $max } bytes are refused
import-gift-empty = the file holds no question
import-gift-brace-mismatch = an answer block needs both `{ "{" }` and `{ "}" }`
import-gift-too-few-answers = this kind of question needs at least { $needed } answers
import-gift-matching-no-arrow = a matching answer needs `->` between its two sides
import-gift-tolerance-not-a-number = the tolerance after { $mark } is not a number
import-gift-range-not-a-number = the ends of `min..max` must be numbers
import-gift-bad-weight = a weight has more than one minus sign

# GIFT questions approximated or left out, and the bank's limits (src/import/gift/course.rs)
import-gift-category-unused = no question is filed under it
import-gift-category-too-many-questions = the category “{ $category }” holds { $count } questions; an amphi quiz holds at most { $max }: split the category
import-gift-category-too-many-items = the category “{ $category }” would make more than { $max } items or sections, the most a module holds
import-gift-too-many-categories = the bank has more than { $max } top-level categories with questions; a course holds at most { $max } modules
import-gift-description-empty = the description has no text
import-gift-tags-dropped = its tags ({ $tags }) are not kept
import-gift-empty-text-title = the question text is empty: its title is the prompt
import-gift-empty-answer-dropped = an empty answer worth { $worth } is left out
import-gift-answer-twice = the answer “{ $answer }” is given twice: kept once
import-gift-too-few-choices = fewer than two answers with text
import-gift-no-credit = no answer gives credit
import-gift-best-answer = the best answer gives { $worth } in Moodle; here it is the right one
import-gift-partial-choice-wrong = choice { $choice } gives { $worth } in Moodle; here it is wrong
import-gift-weights-become-right-wrong = Moodle's weights become right (positive weight) and wrong choices, scored right picks minus wrong picks
import-gift-partial-answer-refused = “{ $answer }” gives { $worth } in Moodle; it is not accepted here
import-gift-feedback-to-explanation = the feedback for “{ $answer }” is added to the explanation
import-gift-wildcard-blank = answers with `*` cannot fill a blank: left out
import-gift-no-answer-for-blank = no fully right answer without `*` to fill the blank
import-gift-no-right-answer = no fully right answer
import-gift-extra-wrong-answer = the extra wrong answer “{ $answer }” is left out
import-gift-two-items-match = two items match “{ $answer }”; amphi needs a different answer for each
import-gift-item-twice = the item “{ $item }” is given twice
import-gift-too-few-pairs = fewer than two pairs
import-gift-negative-weight = a weight of { $worth } becomes 0 %
import-gift-other-feedback-to-explanation = the feedback for any other answer is added to the explanation
import-gift-any-answer-dropped = an answer accepting anything (worth { $worth }) is left out
import-gift-unusable-number = the answer at line { $line } is not a usable number or range: left out
import-gift-no-full-credit-number = no number gives full credit
import-gift-too-many-answers = { $count } answers; a question holds at most { $max }
import-gift-blank-in-prompt = the blank stays in the prompt as `_____`; the answers fill it
import-gift-image-not-copied = the image { $image } is not copied: its description is kept

# why an mdBook book is refused, and its reader's notes (src/import/mdbook/mod.rs)
import-mdbook-cannot-read = cannot read { $file }: { $error }
import-mdbook-not-a-file = not a file
import-mdbook-file-too-large = { $file } is larger than { $max } bytes, the most a book's text file may hold
import-mdbook-book-too-large = with { $file } the book's files add up to more than { $max } bytes, the most a book may hold
import-mdbook-not-utf8 = { $file }: line { $line } is not UTF-8: save the file as UTF-8 and import it again
import-mdbook-bad-config = { $file }: { $error }
import-mdbook-book-not-a-table = { $key } is not a table
import-mdbook-key-not-a-string = { $key } is not a string: it is ignored
import-mdbook-src-leaves-book = { $src } leaves the book folder: give a folder inside it
import-mdbook-link-names-no-file = its link names no file
import-mdbook-absolute-path = { $file } is an absolute path: it leaves the book
import-mdbook-leaves-book = { $file } leaves the book folder
import-mdbook-missing = { $file } is missing
import-mdbook-unreadable = { $file } cannot be read: { $error }
import-mdbook-symlink-outside = { $file } is a symbolic link to a place outside the book
import-mdbook-path-not-a-file = { $file } is not a file
import-mdbook-asset-too-large = { $file } is larger than { $max } bytes, the most copied from a book
import-mdbook-title-directive = it sets the web page's title; amphi titles lessons from SUMMARY.md
import-mdbook-includes-too-deep = includes nest more than { $max } deep here
import-mdbook-include-cycle = { $file } includes itself (through this include): a cycle
import-mdbook-no-anchor = { $file } has no anchor { $anchor }: nothing included
import-mdbook-rustdoc-include = the lines shown are included; the rest of the file, hidden by mdBook, is left out
import-mdbook-playground = a code block to read: amphi does not run code
import-mdbook-playground-attributes = a code block to read (its attributes { $attributes } are dropped): amphi does not run code
import-mdbook-other-directive = a directive of another mdBook preprocessor: left as written
import-mdbook-quiz-no-questions = it has no { $table }
import-mdbook-quiz-no-type = it has no `type`
import-mdbook-quiz-unknown-type = its type { $type } is not one of mdbook-quiz's { $known }
import-mdbook-heading-not-part = a level-{ $level } heading is not a part title: it is ignored
import-mdbook-part-after-suffix = a part title after the suffix chapters: read as a part
import-mdbook-list-after-suffix = a list after the suffix chapters: read as numbered chapters
import-mdbook-text-not-a-link = text that is not a link to a chapter: it is ignored
import-mdbook-lists-too-deep = lists nested more than { $max } deep: these chapters are ignored
import-mdbook-item-not-a-link = a list item that is not a link to a chapter: it is ignored, with its sub-items

# mdBook chapters, images, links and quiz questions approximated or left out (src/import/mdbook/course.rs)
import-mdbook-part-empty = no chapter of it could be imported
import-mdbook-part-too-large = “{ $title }” would make more than { $max } items or sections, the most a module holds
import-mdbook-too-many-modules = the book would make more than { $max } modules, the most a course holds
import-mdbook-link-to-empty-chapter = a link to a chapter that made no item: it became its text and the chapter's title
import-mdbook-draft-chapter = a draft chapter (no file): mdBook does not build it either
import-mdbook-chapter-unread = { $file } could not be read
import-mdbook-quiz-not-read = not read: { $why }
import-mdbook-quiz-empty = none of its questions could be imported
import-mdbook-chapter-empty = the chapter is empty
import-mdbook-image-web = { $address } is a web address: amphi never fetches it, learners see its alt text
import-mdbook-image-not-copied = not copied: { $why }
import-mdbook-link-not-a-chapter = { $file } is not a chapter of the course (a draft, or not in SUMMARY.md): the link became its text
import-mdbook-link-to-file = a link to the file { $file }: copied and offered with the lesson (key Enter opens it)
import-mdbook-link-left = left as written: { $why }
import-mdbook-multipart-missing = its `multipart` key names no text in { $table }
import-mdbook-choice-lines = a choice of several lines is shown on one
import-mdbook-choice-empty = an empty choice was dropped
import-mdbook-choice-twice = the choice “{ $choice }” given twice is kept once
import-mdbook-choice-too-few = it needs a right answer and at least two choices
import-mdbook-choice-order = mdbook-quiz shows the choices in a new random order each time; amphi shows one fixed order
import-mdbook-answer-blank = it has no answer that is not blank
import-mdbook-long-answer = a long or code answer is typed on one line and matched against the answers given
import-mdbook-tracing-multipart = a Tracing question is a group of its own, so its multipart text is not shown with it
import-mdbook-tracing-no-output = it prints nothing: only whether it compiles is asked
import-mdbook-tracing-no-line = it names no line of the error: only whether it compiles is asked
import-mdbook-prompt-one-line = its prompt's paragraphs and code are shown on one line
# words amphi writes into a course imported from mdBook, in the book's language (book.toml's `language`)
import-course-mdbook-description = Imported from an mdBook book by `amphi import`: see IMPORT.md for what was converted, approximated and left out.
import-course-introduction = Introduction
import-course-appendix = Appendix
import-course-untitled-chapter = Untitled chapter
import-course-continued = { $title } (continued)
import-course-quiz = Quiz: { $chapter }
import-course-quiz-n = Quiz { $number }: { $chapter }
import-course-see-chapter = { $text } (see “{ $title }”)
import-course-offered-file = { $text } (the file { $file }, offered with this lesson)
import-course-choose-one = Choose the answer to the question above.
import-course-choose-every = Choose every answer to the question above.
import-course-type-answer = Type the answer to the question above.
import-course-tracing-compiles = This program compiles.
import-course-tracing-output = If it compiles, what does it print?
import-course-tracing-output-lines = If it compiles, what does it print? Type its lines on one line, separated by spaces.
import-course-tracing-line = If it does not compile, on which line is the error the compiler reports?
import-course-tracing-stimulus = Does this program pass the compiler? If it does, what does it print when it runs? If it does not, on which line is the error? (Lines are numbered on the left.)
# words amphi writes into a course imported from GIFT (in English: a bank declares no language)
import-course-gift-description = Imported from a Moodle GIFT question bank by `amphi import`: see IMPORT.md for what was converted, approximated and left out.
import-course-questions = Questions
import-course-quiz-alone = Quiz
import-course-question = Question
import-course-image = [image: { $alt }]
import-course-no-description = no description
import-course-any-other-answer = Any other answer
import-course-quoted = “{ $text }”
import-course-feedback = { $label }: { $feedback }
import-course-fill-blank = Fill in the blank.
import-course-statement-true = Is the statement above true?
import-course-answer-above = Answer the question above.
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
