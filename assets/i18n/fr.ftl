# L'interface d'amphi en français.
#
# Mêmes identifiants et mêmes variables que en.ftl (un test le vérifie).
# L'espace fine insécable avant ; ! ? % et l'espace insécable avant : et dans
# « » sont mises par amphi : écrivez une espace ordinaire.

## Nombres de choses (pluriels)

quiz-questions = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}

## La barre d'état

status-position = Module { $module }/{ $modules } · Élément { $item }/{ $items } · { $percent } % lu
status-position-short = { $module }/{ $modules } · { $item }/{ $items } · { $percent } %
status-help = aide
status-outline = plan
status-focus = volet
status-item = élément
status-quit = quitter
status-reread = relire
status-submit = valider
status-new-line = à la ligne
status-leave = sortir
status-save-close = enregistrer et fermer
status-shared-text = texte commun
status-due = { $count } à revoir
status-hints-left = indice (encore { $count })
