# amphi's interface in English: the reference catalogue.
#
# Every id here must exist in every other catalogue with the same variables
# (a test checks). Fluent syntax: https://projectfluent.org/fluent/guide/
# Leading and trailing spaces are trimmed by Fluent: the code pads.

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
help-back-to-quiz = after o, back to the quiz
help-mastery = mastery of the course's learning objectives
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
