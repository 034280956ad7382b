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
