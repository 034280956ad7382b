# L'interface d'amphi en français.
#
# Mêmes identifiants et mêmes variables que en.ftl (un test le vérifie).
# L'espace fine insécable avant ; ! ? % et l'espace insécable avant : et dans
# « » sont mises par amphi : écrivez une espace ordinaire.

## Listes et tournures communes aux messages dits plus tard (src/i18n/message.rs)
# les deux derniers éléments d'une liste de valeurs, `a, b et c`
list-and = { $head } et { $last }
list-or = { $head } ou { $last }
# chaque élément après un point-virgule, `a ; b ; c`
list-semicolons = { $head } ; { $last }
# plusieurs messages l'un après l'autre (joints par list-semicolons)
message-several = { $all }
# « attendu : … » après un problème, avec une valeur ou une liste de valeurs
message-expected = attendu : { $expected }

# combien de problèmes a un cours, après leur liste
course-problems = { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}

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

## L'aide : ce que fait chaque touche (une ligne chacune)

help-scroll = faire défiler, ou se déplacer dans le plan et le quiz
help-page = page précédente / suivante
help-top-bottom = début / fin
help-focus = passer du plan au contenu (fenêtre étroite : ouvrir le plan)
help-open = ouvrir l'élément choisi ; commencer ou valider un quiz (l → ne valide jamais)
help-back = revenir au plan
help-code-scroll = faire défiler de côté les longues lignes de code
help-next-item = élément suivant / précédent
help-search = chercher dans le cours et le glossaire : chaque mot, dans n'importe quel ordre, sans tenir compte des accents
help-next-match = après une recherche : résultat suivant / précédent
help-glossary = glossaire : les termes expliqués ; Entrée montre où un terme apparaît
help-bookmark = marquer l'endroit où vous lisez
help-bookmarks = signets : Entrée y va, d supprime
help-note = écrire une note sur cet élément (Échap ou Ctrl-S enregistre)
help-choose = choisir une réponse (Espace prend un élément à ordonner)
help-speaker = entretien : les propos d'un seul intervenant / exercice de mémoire (Entrée dévoile)
help-true-false = répondre vrai / faux
help-retake = refaire un quiz ; R : s'exercer sur les seules questions manquées
help-last-attempt = sur la page d'un quiz : le résultat de la dernière tentative et sa revue
help-hint = montrer l'indice de la question
help-shared-text = groupe de questions : montrer ou replier le texte commun (mode simple : le redire)
help-review = réviser les questions manquées dans les quiz
help-next-mistake = dans la revue d'un quiz, aller à l'erreur suivante (marquée)
help-reread = relire le passage de la leçon auquel renvoie une réponse
help-back-to-quiz = après o, revenir au quiz ; après un lien suivi, revenir là où il était
help-mastery = maîtrise des objectifs d'apprentissage du cours
help-switch-edition = passer à l'édition du cours dans une autre langue (même progression)
help-mouse = la molette fait défiler le volet qu'elle survole ; un clic ouvre un élément ou choisit une réponse
help-about = à propos de ce cours : description, auteurs, sources
help-focus-mode = mode concentration : cacher le plan pendant la lecture
help-help = montrer ou cacher cette aide
help-quit = quitter (la progression est enregistrée)
help-title = Touches
help-mouse-keys = souris
help-changed = Modifié par votre fichier de configuration :

## Les fenêtres

overlay-close = Toute autre touche ferme cette fenêtre.
overlay-go-on = Appuyez sur une touche pour continuer.
module-heading = Module { $number } : { $title }

## La carte de retour

resume-title = Bon retour
resume-were-on = Vous en étiez à :
resume-quiz-in-progress = Quiz en cours : question { $place } sur { $questions }, { $answered ->
    [one] { $answered } réponse donnée
   *[other] { $answered } réponses données
} jusqu'ici.
resume-last-quiz = Dernier quiz :
resume-practice = entraînement
resume-passed = réussi
resume-not-passed = pas réussi
resume-up-next = À suivre :
resume-next-item = { $title } (module { $module })
resume-finish-this = À suivre : terminer celui-ci.
resume-all-done = Tout le cours est terminé.

## À propos du cours

about-title = À propos de ce cours
about-by = Par { $authors }
about-version = version { $version }
about-language = en { $language }
about-source = Source : { $publication }, { $date }

## Maîtrise des objectifs

mastery-title = Maîtrise des objectifs
mastery-intro = Pour chaque objectif : la part de ses questions auxquelles vous avez bien répondu lors de votre dernière tentative complète de chaque quiz (les reprises d'entraînement ne comptent pas).
mastery-none = Ce cours ne déclare aucun objectif d'apprentissage.
mastery-untested = aucune question ne l'évalue encore
mastery-not-attempted = pas encore tenté ({ $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
})
mastery-score = { $right } sur { $attempted } justes, { $percent } %
mastery-left = ({ $left ->
    [one] encore { $left } question non tentée
   *[other] encore { $left } questions non tentées
})

## Le cadre des volets

too-small = Terminal trop petit
too-small-need = il faut { $width }×{ $height }, il y a { $have-width }×{ $have-height }
too-small-quit = q quitte
pane-review = Révision
pane-lesson = Leçon
pane-interview = Extrait d'entretien
pane-quiz = Quiz
pane-video = Vidéo
pane-outline = Plan
pane-changed-passed = { $title } · modifié depuis votre réussite
pane-changed-read = { $title } · modifié depuis votre lecture
pane-lines = lignes { $first }–{ $last } sur { $count }
pane-scroll = ↑↓ défiler
time-read = ~{ $minutes } min de lecture
time-spent = { $minutes } min passées
time-module = module ~{ $minutes } min
time-module-spent = module ~{ $minutes } min, { $spent } min passées

## Le plan (chaque formulation de la plus longue à la plus courte ; la première qui tient est montrée)

outline-spent-long = { $spent } min passées
outline-spent-medium = { $spent } min passées
outline-spent-short = { $spent } min
outline-read-long = ~{ $estimate } min de lecture
outline-read-medium = ~{ $estimate } min
outline-read-short = ~{ $estimate }′
outline-both-long = ~{ $estimate } min · { $spent } min passées
outline-both-medium = { $spent } min sur ~{ $estimate } min
outline-both-short = { $spent }′ sur ~{ $estimate }′
outline-gauge-read = { $done }/{ $total } lus
outline-quiz-to-take = · quiz à faire
outline-quiz-to-take-medium = · quiz ?
outline-completed = · terminé
outline-passed = · réussi { $best } %
outline-passed-since = · réussi { $best } %, dernier { $last } %
outline-not-passed = · pas réussi, meilleur { $best } %
outline-not-passed-since = · pas réussi, meilleur { $best } %, dernier { $last } %

## Les écrans de quiz

quiz-kind-single_choice = une seule réponse
quiz-kind-multiple_choice = cochez toutes les bonnes réponses
quiz-kind-true_false = vrai ou faux
quiz-kind-short_answer = tapez votre réponse
quiz-kind-numeric = tapez un nombre
quiz-kind-ordering = remettez dans l'ordre
quiz-kind-matching = associez les paires
quiz-kind-fill_blanks = complétez les blancs
quiz-kind-reflection = avec vos mots, non noté
quiz-practice-not-scored = entraînement — non noté
quiz-practice-only = entraînement seul — non noté
quiz-score = { $points }/{ $max } ({ $percent } %)
quiz-points = { $points ->
    [one] { $shown } point
   *[other] { $shown } points
}
quiz-intro-size = { $count ->
    [one] { $count } question
   *[other] { $count } questions
} · seuil de réussite { $mark } %
quiz-passed-mark = réussi ✓
quiz-not-passed-yet = pas encore réussi
quiz-best = Meilleur score { $best } % ·
quiz-your-attempts = Vos tentatives
quiz-attempts-columns = (fin, UTC · score · résultat · durée)
quiz-earlier-attempts = ({ $count ->
    [one] { $count } tentative plus ancienne non montrée
   *[other] { $count } tentatives plus anciennes non montrées
})
quiz-practice = entraînement
quiz-passed = réussi
quiz-not-passed = pas réussi
quiz-every-answer-right = toutes les réponses justes
quiz-answers-wrong = { $count ->
    [one] { $count } réponse fausse
   *[other] { $count } réponses fausses
}
quiz-last-attempt = Dernière tentative :
quiz-no-attempts-left = Plus de tentative : ce quiz en permet { $max }.
quiz-attempts-allowed = Tentatives permises : { $max } (encore { $left }).
quiz-start-again = Entrée ou r commence une nouvelle tentative
quiz-start = Appuyez sur Entrée pour commencer.
quiz-review-last = L revoir votre dernière tentative
quiz-practise-mistakes = R s'exercer sur ses erreurs
quiz-shared-text = Texte commun
quiz-shared-folded = { $parts ->
    [one] à cette question, replié faute de place · { $key } pour le montrer
   *[other] aux { $parts } parties, replié faute de place · { $key } pour le montrer
}
quiz-shared-below = { $parts ->
    [one] à la question ci-dessous
   *[other] aux { $parts } parties ci-dessous
}
quiz-part = Partie { $part } sur { $parts }
quiz-practice-prefix = Entraînement ·
quiz-question-of = Question { $place } sur { $questions }
quiz-hint = Indice :
quiz-hint-of = Indice { $number } sur { $total } :
quiz-right = ✓ Bonne réponse.
quiz-partly-right-points = ◐ En partie juste : { $earned } sur { $points }.
quiz-partly-right = ◐ En partie juste.
quiz-not-quite = ✗ Pas tout à fait.
quiz-answers-hidden = (ce quiz ne montre pas les bonnes réponses)
quiz-the-answer = La réponse : { $answer }
quiz-enter-next = Entrée : question suivante
quiz-enter-score = Entrée : voir votre score
quiz-enter-finish = Entrée : terminer
quiz-read-passage = o relire le passage
quiz-hint-key = { $key } indice
quiz-hint-key-available = { $key } indice ({ $left } disponibles)
quiz-hint-key-left = { $key } indice suivant (encore { $left })
quiz-hints-cost = { $used ->
    [one] { $used } indice utilisé
   *[other] { $used } indices utilisés
}, −{ $percent } %
quiz-hints-used = { $used ->
    [one] { $used } indice utilisé
   *[other] { $used } indices utilisés
}
quiz-saved = ✎ Enregistré.
quiz-reflection-not-scored = Une réflexion n'est pas notée.
quiz-model-answer = Réponse modèle :
quiz-missed-choice = « { $choice } » (oubliée) :
quiz-keys-many = ↑↓ se déplacer · Espace ou 1–9 cocher · Entrée valider
quiz-keys-true-false = t vrai · f faux · Entrée valider
quiz-keys-text = Tapez votre réponse · ←→ Début Fin se déplacer · Entrée valider · Échap ou Tab sortir
quiz-keys-order-held = ↑↓ déplacer l'élément tenu · Espace le poser · Entrée valider
quiz-keys-order = ↑↓ se déplacer · Espace prendre un élément · Entrée valider
quiz-keys-pairs = ↑↓ choisir à gauche · 1–9 lui donner cette option (Espace : la suivante) · Entrée valider
quiz-keys-blanks = Tapez dans le blanc · ↑↓ autres blancs · Entrée valider · Échap ou Tab sortir
quiz-keys-number = Tapez un nombre (, ou . pour les décimales) · Entrée valider · Échap ou Tab sortir
quiz-keys-one = ↑↓ se déplacer · Espace ou 1–9 choisir · Entrée valider
quiz-keys-writing = Écrivez votre réponse · Entrée à la ligne · Ctrl-S valider · Échap ou Tab sortir
quiz-all-practice = toutes les questions sont d'entraînement — non notées ; valider termine le quiz
quiz-result-score = { $points } / { $max } ({ $percent } %) · seuil de réussite { $mark } %
quiz-reflections-saved = Vos réflexions sont enregistrées (elles ne sont pas notées).
quiz-score-label = Score :
quiz-completed = Terminé ✓
quiz-passed-result = Réussi ✓
quiz-not-passed-retake = Pas réussi : revoyez le module et refaites le quiz.
quiz-not-passed-no-attempts = Pas réussi, et plus aucune tentative : revoyez le module.
quiz-key-retake = r refaire
quiz-key-practise-wrong = { $count ->
    [one] R s'exercer sur la question manquée
   *[other] R s'exercer sur les { $count } questions manquées
}
quiz-key-next-mistake = w erreur suivante
quiz-key-read-again = o relire (premier lien à l'écran)
quiz-key-next-item = Entrée ou n élément suivant
quiz-key-help = ? aide
quiz-review-after-pass = Revue : vos réponses. Les bonnes réponses et les explications apparaissent une fois le quiz réussi.
quiz-review-never = Revue : vos réponses et vos points (ce quiz ne montre pas les bonnes réponses).
quiz-review-all = Revue : chaque question avec votre réponse et la bonne.
quiz-shared-of-many = des questions { $first }–{ $last }
quiz-shared-of-one = de la question { $number }
quiz-review-question = question { $number }
quiz-no-answer = (pas de réponse)
quiz-your-answer = Votre réponse :
quiz-right-answer = Bonne réponse :
quiz-your-reflection = Votre réflexion (non notée) :
quiz-nothing-written = (rien d'écrit)
quiz-true = Vrai
quiz-false = Faux
# une réponse numérique donnée par un intervalle
quiz-answer-range = de { $low } à { $high }
# les réponses numériques acceptées, jointes par « ou »
quiz-answers-any = { $answers }
# une réponse courte connue seulement par son motif
quiz-answer-pattern = un texte conforme à /{ $pattern }/
quiz-missed-mark = ○ oubliée
quiz-options = Options (donnez à chaque élément de gauche le numéro de l'une) :
quiz-read-again = À relire :

## Les séances de révision

review-missed = { $count ->
    [one] manquée { $count } fois
   *[other] manquée { $count } fois
}
review-up-to-box = Monte en boîte { $box } sur { $boxes } : de retour dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}.
review-learnt = Apprise : elle quitte la file de révision.
review-back-to-box-1 = Retour en boîte 1 : elle reste à revoir jusqu'à une bonne réponse.
review-not-due = Pas encore à revoir : sa boîte ne change pas.
review-done = Révision terminée
review-right = { $right } sur { $answered } justes.
review-missed-often = ⚑ Souvent manquée : relisez les leçons de « { $module } » avant la prochaine révision.
review-still-due = { $count ->
    [one] { $count } encore à revoir maintenant : appuyez sur v pour la reprendre.
   *[other] { $count } encore à revoir maintenant : appuyez sur v pour les reprendre.
}
review-enter-back = Appuyez sur Entrée pour revenir à votre lecture.
review-from = Tiré de : { $origin } · boîte { $box } sur { $boxes } · { $missed }
review-leech = ⚑ Question tenace : { $missed }.
review-leech-link = (o l'ouvre) plutôt que de deviner encore.
review-leech-reread = Relisez les leçons de « { $module } » plutôt que de deviner encore.
course-no-items = Ce cours n'a aucun élément.
key-then-x = Échap, puis x
review-title = Révision · { $count ->
    [one] { $count } question à revoir
   *[other] { $count } questions à revoir
}

## Le choix du cours

picker-title = Choisir un cours
picker-position = { $place } sur { $count }
picker-source-bundled = fourni
picker-source-installed = installé
picker-source-linked = lié
picker-invalid = cours invalide
picker-cannot-open = impossible à ouvrir : { $why }
picker-last-studied = étudié le { $date }
picker-not-started = pas commencé
picker-stats = { $percent } % · quiz { $passed }/{ $quizzes } · { $studied }
picker-move = se déplacer
picker-open = ouvrir
picker-quit = quitter
picker-cannot-open-notice = Impossible d'ouvrir « { $id } » : { $why }

## Les messages de la barre d'état

notice-review-closed = Révision fermée : vos réponses sont enregistrées.
notice-last-item = C'est le dernier élément du cours.
notice-first-item = C'est le premier élément du cours.
notice-no-mistakes = Aucune erreur où aller : toutes les réponses étaient justes.
notice-w-intro = w passe d'une erreur à l'autre dans la revue d'un quiz : L ouvre celle de votre dernière tentative.
notice-w-elsewhere = w passe d'une erreur à l'autre dans la revue d'un quiz, après le quiz.
notice-questions-gone = Les questions de votre dernière tentative ne sont plus dans ce quiz.
notice-nothing-to-practise = Rien à travailler : toutes les réponses étaient justes.
notice-no-link = Pas de lien vers une leçon ici.
notice-back-to-quiz = Retour arrière : revenir au quiz.
notice-back-from-link = Retour arrière : revenir là où était le lien.
said-selected-link = Sélectionné : lien vers { $place }. Entrée l’ouvre.
notice-no-match = Aucun résultat dans cet élément : / cherche dans tout le cours.
notice-nothing-to-review = Rien à revoir : les questions manquées dans un quiz reviennent ici.
notice-enter-submits = Entrée valide votre réponse (→ et l jamais : une touche égarée ne répond pas).
notice-no-wide-code = Aucun code plus large que le volet ici : < et > font défiler de côté le code large.
notice-n-after-search = n et N passent d'un résultat à l'autre après une recherche : / cherche dans le cours.
notice-backspace = Retour arrière revient au quiz après que o a ouvert un passage à relire.
notice-in-outline = Dans le plan : Entrée ouvre l'élément choisi, Tab va au contenu.
notice-digits = 1–9 choisissent une réponse dans une question de quiz.
notice-t-f = t et f répondent à une question vrai/faux dans un quiz.
notice-h = H montre l'indice d'une question de quiz, quand elle en a un.
notice-r = r refait un quiz, depuis sa page ou son résultat.
notice-big-r = R fait travailler les réponses fausses d'un quiz, depuis sa page ou son résultat.
notice-big-l = L remontre la dernière tentative d'un quiz, depuis la page du quiz.
notice-start-first = Appuyez d'abord sur Entrée pour commencer le quiz.
notice-no-attempt = Aucune tentative terminée : Entrée commence le quiz.
notice-nothing-to-practise-last = Rien à travailler : toutes les réponses de votre dernière tentative étaient justes.
notice-in-review = Pendant une révision, Entrée continue et Échap sort ; r R L agissent sur un quiz.
notice-finish-r = Terminez d'abord cette tentative : r refait le quiz depuis son résultat.
notice-finish-big-r = Terminez d'abord cette tentative : R fera ensuite travailler les questions manquées.
notice-finish-l = Terminez d'abord cette tentative : son résultat montrera ensuite vos réponses.
notice-already-answered = Déjà répondu : Entrée continue.
notice-review-over = La révision est finie : Entrée revient à votre lecture.
notice-quiz-over = Le quiz est fini : r le refait (R : seulement les questions manquées).
notice-last-result = Voici le résultat de votre dernière tentative : w va à ses erreurs.
notice-no-hint = Cette question n'a pas d'indice.
notice-hint-shown = L'indice est affiché sous la question.
notice-not-true-false = Ce n'est pas une question vrai/faux : t et f répondent à celles-là.
notice-x = x montre le texte commun d'un groupe de questions, sur une question qui en a un.
notice-tick-first = Cochez d'abord au moins une réponse : son numéro, ou ↑↓ puis Espace.
notice-type-first = Tapez d'abord une réponse.
notice-write-first = Écrivez d'abord quelque chose : une réflexion n'est pas notée, mais une vide n'est pas gardée.
notice-number-first = Tapez d'abord un nombre.
notice-gap-first = Complétez d'abord au moins un blanc.
notice-pair-first = Donnez d'abord une option à au moins un élément de gauche : ↑↓ puis son numéro.
notice-pick-first = Choisissez d'abord une réponse : son numéro, ou ↑↓ puis Espace.
notice-not-a-number = Ce n'est pas un nombre : tapez des chiffres (, ou . pour les décimales) ; la question reste ouverte.
notice-mistake = Erreur { $number } sur { $count } : { $label } · w suivante
notice-match-line = Ligne { $line } sur { $count } avec des résultats dans cet élément · n suivant · N précédent · / tout le cours
notice-next-due = Rien à revoir pour l'instant ; la prochaine question est à revoir le { $date }.
notice-speaker = { $key } (les propos d'un intervenant) agit dans les entretiens.
notice-drill = { $key } (exercice de mémoire) agit dans les entretiens.
notice-keys-t-f = t et f
notice-acts-on-quiz = { $name } agit sur le quiz : Tab y va d'abord.
notice-hints-shown = Les { $count } indices sont affichés sous la question.
notice-no-option = Pas d'option { $number } : il y en a { $count }.
notice-no-choice = Pas de réponse { $number } : cette question en a { $count }.

## Mode simple : la ligne parlée

spoken-in-section = dans la section { $title }
spoken-unfolded = déplié
spoken-folded = replié
spoken-section-state = { $done } sur { $count } faits, { $fold }
spoken-passed-best = réussi, meilleur score { $best } %
spoken-not-passed-best = pas réussi, meilleur score { $best } %
spoken-not-taken = pas fait
spoken-read = lu
spoken-unread = non lu
spoken-changed-since = modifié depuis
spoken-not-reloaded = Cours non rechargé : { $count ->
    [one] { $count } problème
   *[other] { $count } problèmes
}, la dernière version correcte est montrée. { $said }
spoken-overlay = Fenêtre ouverte. Toute touche la ferme.
spoken-search = Recherche : { $count } résultats. Entrée va au résultat choisi, Échap ferme.
spoken-outline-section-folded = Plan : section { $section } sur { $sections } du module { $module }, { $title }, { $state }. Entrée la déplie.
spoken-outline-section-unfolded = Plan : section { $section } sur { $sections } du module { $module }, { $title }, { $state }. Entrée la replie.
spoken-outline-item = Plan : élément { $item } sur { $items }{ $section }, { $title }, { $state }. Entrée l'ouvre.
spoken-enter-starts = Entrée commence.
spoken-quiz-intro = Quiz, { $count } questions, seuil de réussite { $mark } %. { $next }
spoken-question = Question { $place } sur { $questions }{ $part }.
spoken-picked = Choisi : { $picked }.
spoken-hints-shown = Indices montrés : { $shown } sur { $count }.
spoken-enter-new-line = Entrée va à la ligne, Ctrl-S valide.
spoken-enter-submits = Entrée valide.
spoken-right = juste
spoken-wrong = fausse
spoken-answer-recorded = Réponse enregistrée : { $verdict }. Entrée continue.
spoken-reflection-saved = Réflexion enregistrée, non notée. Entrée continue.
spoken-finished-reflections = Quiz terminé : réflexions enregistrées, terminé. r le refait.
spoken-finished = Quiz terminé : { $percent } %, { $outcome }. r le refait.
spoken-reading = Module { $module } élément { $item } sur { $items }{ $section }, { $state }. Lignes { $first }–{ $last } sur { $count }.
spoken-part = partie { $part } sur { $parts }
spoken-shared-text = { $count ->
    [one] Texte de la question
   *[other] Texte commun aux { $count } questions
} : { $text }. Fin du texte commun ; x le redit.
spoken-shared-again = x redit le texte commun.
spoken-about-minutes = environ { $minutes } min de lecture
spoken-spent = { $spent } passées
spoken-glossary = Glossaire : terme { $number } sur { $count }, { $term }. Entrée liste où il apparaît, Échap ferme.
spoken-glossary-none = Glossaire : ce cours n'en a pas. Échap ferme.
spoken-bookmarks = Signets : { $number } sur { $count }. Entrée y va, d supprime, Échap ferme.
spoken-bookmarks-none = Signets : aucun pour l'instant. Échap ferme.
spoken-note = Note sur { $title } : ligne { $line } sur { $lines }, colonne { $column }. Échap enregistre et ferme.

## Les panneaux : glossaire, signets, éditeur de note, recherche

glossary-title = Glossaire · { $count ->
    [one] { $count } terme
   *[other] { $count } termes
}
glossary-none = Ce cours n'a pas de glossaire. Échap ferme.
glossary-keys = ↑↓ choisir · Entrée : où il apparaît · Échap ferme
glossary-also = aussi : { $aliases }
bookmarks-title = Signets · { $count }
bookmarks-none = Aucun signet pour l'instant : m marque l'endroit où vous lisez. Échap ferme.
bookmarks-keys = ↑↓ choisir · Entrée y va · d supprime · Échap ferme
note-title = Note · { $title }
note-keys = Échap ou Ctrl-S enregistre et ferme · Entrée à la ligne · vide supprime
search-title = Chercher dans le cours
search-empty = Tapez des mots : les lignes des titres, leçons, entretiens, quiz et du glossaire qui les contiennent tous, dans n'importe quel ordre (dans l'ordre tapé d'abord), sans tenir compte de la casse ni des accents.
search-no-match = Aucun résultat.
search-one-match = 1 résultat · Entrée l'ouvre · Échap ferme
search-first-matches = les { $count } premiers résultats · ↑↓ choisir · Entrée ouvre · Échap ferme
search-matches = { $count } résultats · ↑↓ choisir · Entrée ouvre · Échap ferme
search-in-glossary = { $count } dans le glossaire
search-uses = Emplois de { $names } (mots entiers)
search-glossary = Glossaire

## Leçons, entretiens et vidéos : les mots d'amphi autour de ceux du cours

interview-note = Note : { $note }
interview-drill = Exercice de mémoire : la réponse { $number } sur { $total } est cachée. Réfléchissez, puis appuyez sur Entrée pour la dévoiler. d quitte l'exercice.
interview-drill-done = Exercice de mémoire terminé : les { $total } réponses sont dévoilées. d quitte l'exercice.
interview-only = Ce que dit { $speaker } seulement ({ $shown } sur { $count }). s passe à l'intervenant suivant.
interview-hidden = réponse cachée — Entrée la dévoile
files-title = Fichiers
files-keys = ↑ ↓ choisir, Entrée ouvre
files-missing = absent
video-no-transcript = Pas de transcription : appuyez sur Entrée pour lire
video-play = Lire depuis le début
video-transcript = Transcription
video-transcript-keys = Entrée lit depuis la ligne choisie
note-heading = Votre note (a la modifie)

## Les écrans du mode simple

plain-too-small = Terminal trop petit. q quitte.
plain-search = Recherche : { $query }
plain-glossary = Glossaire, { $count ->
    [one] { $count } terme
   *[other] { $count } termes
} :
plain-glossary-none = Ce cours n'a pas de glossaire.
plain-bookmarks = Signets, { $count } :
plain-bookmarks-none = Aucun signet pour l'instant : m marque l'endroit où vous lisez.
plain-note = Note sur { $title } :
plain-review = Révision : { $title } — { $course }
plain-interview = Entretien
plain-module = { $heading } ({ $done } sur { $total } faits{ $time })
plain-section = Section : { $title } ({ $state })
plain-header = { $kind } : { $title } — { $course }

## Editions of a course in other languages (the E key)

notice-no-edition = Ce cours n'a pas d'édition dans une autre langue.
notice-edition = Édition : { $title } ({ $language }), avec la même progression.

## La ligne de commande : `amphi list`

cli-list-id = ID
cli-list-done = FAIT
cli-list-quizzes = QUIZ
cli-list-studied = ÉTUDIÉ
cli-list-from = ORIGINE
cli-list-title = TITRE
cli-list-never = jamais
cli-list-cannot-open = ne peut pas être ouvert : { $why }
cli-list-linked = lié { $path }

## `amphi progress` (texte ; JSON et CSV ne sont jamais traduits)

cli-progress-course = { $title } — { $percent } fait
cli-progress-module = { $mark } { $number }. { $title } — { $done }/{ $total } éléments faits, { $read }/{ $readable } lus, { $quiz }
cli-progress-quiz-best = meilleur score au quiz { $best } (seuil { $mark }, { $verdict })
cli-progress-passed = réussi
cli-progress-not-passed = non réussi
cli-progress-quiz-not-taken = quiz pas encore passé (seuil { $mark })
cli-progress-no-quiz = pas de quiz

## `amphi notes` (Markdown ; le JSON n'est jamais traduit)

cli-notes-heading = Notes : { $title }
cli-notes-none = Pas encore de notes. Dans amphi, `a` écrit une note sur l'élément ouvert.
cli-notes-gone-module = Ne fait plus partie du cours : { $module }
cli-notes-reflections = Réflexions
cli-unknown-time = heure inconnue

## `amphi check` : les lignes de bilan

cli-check-valid = { $title } : valide — { $modules }, { $items }
cli-check-modules = { $count ->
    [one] { $count } module
   *[other] { $count } modules
}
cli-check-items = { $count ->
    [one] { $count } élément
   *[other] { $count } éléments
}
cli-check-errors = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
cli-check-warnings = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
cli-check-files = { $count ->
    [one] { $count } fichier
   *[other] { $count } fichiers
}
cli-check-summary = { $errors } dans { $files }
cli-check-summary-warnings = { $errors }, { $warnings } dans { $files }

## `amphi --help` (l'aide anglaise est écrite dans les commentaires du code)

cli-help-about = Un lecteur de cours dans le terminal : leçons, extraits d'entretiens et quiz de dossiers de cours en YAML, avec une progression que l'on reprend.
cli-help-long-about = amphi — un lecteur de cours dans le terminal.

    Ouvre un cours (le cours fourni par défaut) pour en lire les leçons et les extraits d'entretiens et en passer les quiz ; la progression est enregistrée et reprise.
cli-help-examples = Exemples :
      amphi                              ouvrir le cours fourni (ou en choisir un, quand d'autres sont ajoutés)
      amphi ~/cours/rust                 ouvrir le cours d'un dossier
      amphi add ~/cours/rust             installer un cours ; `amphi rust-101` l'ouvre ensuite par son id
      amphi check ~/cours/rust           vérifier un cours, comme le ferait un compilateur
      amphi new the --title "Le thé"     commencer un nouveau cours
      amphi progress --format json       la progression dans le cours fourni, en JSON
cli-help-usage = Utilisation :
cli-help-flag-help = Afficher l'aide
cli-help-flag-version = Afficher la version
cli-help-arg-course = Dossier du cours à ouvrir (celui qui contient course.yaml), ou l'id d'un cours installé ; sans lui, le cours fourni, ou le choix d'un cours quand d'autres sont installés
cli-help-arg-theme = Thème de couleurs : dark (par défaut), light ou high-contrast [par défaut : celui du fichier de configuration, sinon dark]. NO_COLOR, s'il n'est pas vide, enlève les couleurs quel que soit le thème
cli-help-arg-measure = Largeur maximale du texte, en colonnes (20 à 1000) [par défaut : celle du fichier de configuration, sinon 88]
cli-help-arg-plain = Mode simple, pour les lecteurs d'écran et les plages braille : ni cadres, ni couleurs, une seule colonne, chaque changement dit en mots sur la dernière ligne. Choisi aussi quand TERM vaut `dumb`
cli-help-arg-lang = Langue des mots d'amphi : en ou fr [par défaut : le `language` du fichier de configuration, sinon celle du cours, sinon celle de la locale (LC_ALL, LC_MESSAGES, LANG), sinon en]
cli-help-arg-config = Fichier de configuration (YAML : thème, largeur, touches) [par défaut : config.yaml dans le dossier de configuration de la plateforme, s'il existe]
cli-help-arg-state = Fichier d'état de la progression [par défaut : state.json dans AMPHI_DATA_DIR, sinon dans le dossier de données de la plateforme]
cli-help-cmd-check = Vérifier un dossier de cours et montrer chaque problème avec sa ligne source
cli-help-cmd-new = Créer un nouveau dossier de cours, avec un élément de chaque sorte pour commencer
cli-help-cmd-progress = Afficher l'avancement de chaque module et le meilleur score à son quiz, sans l'interface
cli-help-cmd-review = Ouvrir le cours sur une révision des questions dues : celles auxquelles on a mal répondu, reposées selon un calendrier espacé (boîtes de Leitner : 0, 1, 3, 7 et 14 jours). Demande un terminal, comme l'ouverture du cours
cli-help-cmd-notes = Afficher toutes les notes écrites sur le cours, avec les titres de leur module et de leur élément
cli-help-cmd-add = Vérifier un dossier de cours et l'installer dans la bibliothèque de cours
cli-help-cmd-import = Importer un cours ou une banque de questions d'un autre format en dossier de cours amphi
cli-help-cmd-list = Lister les cours (fourni et installés) avec la progression et la date de la dernière étude
cli-help-cmd-remove = Supprimer un cours installé ; demande avant d'effacer aussi sa progression
cli-help-cmd-export = Exporter la progression de l'apprenant en déclarations xAPI (un tableau JSON)
cli-help-cmd-preview = Ouvrir un dossier de cours et le recharger à chaque modification de ses fichiers
cli-help-cmd-schema = Afficher le schéma JSON de course.yaml ou d'un fichier de module (pour les éditeurs)
cli-help-cmd-mastery = Afficher la maîtrise de chaque objectif d'apprentissage, sans l'interface : la part de ses questions bien répondues à la dernière tentative complète de chaque quiz
cli-help-cmd-completions = Afficher un script de complétion pour le shell
cli-help-cmd-config = Montrer le fichier de configuration : son chemin, ou une configuration par défaut commentée pour commencer
cli-help-cmd-man = Afficher la page de manuel (roff)
cli-help-cmd-help = Afficher ce message ou l'aide des sous-commandes données

## Les autres messages de la ligne de commande (les erreurs suivent `amphi: `)

cli-config-no-folder = (pas de dossier de configuration : donnez --config ou AMPHI_CONFIG)
cli-config-bad = fichier de configuration incorrect : { $error }
cli-config-defaults = (valeurs par défaut)
cli-config-ok = { $file } : correct
cli-cannot-write = impossible d'écrire { $file } : { $error }
cli-cannot-write-output = impossible d'écrire la sortie : { $error }
cli-new-bug = le nouveau cours ne passe pas la vérification (un bogue d'amphi) :
cli-new-created = Cours « { $title } » créé dans { $dir } :
cli-new-next = Ensuite : lisez { $readme }, modifiez les fichiers et lancez `amphi check { $dir }` après chaque modification.
cli-not-a-folder = { $path } n'est pas un dossier : donnez le dossier du cours, celui qui contient course.yaml
cli-no-such-folder = { $path } : dossier introuvable
cli-cannot-open = impossible d'ouvrir { $path } : { $error }
cli-course-invalid = le cours n'est pas valide :
cli-review-not-printing = `amphi review` ouvre le cours dans le terminal ; ce n'est pas une commande qui affiche
cli-preview-needs-terminal = l'aperçu a besoin de l'interface du terminal
cli-add-not-added = le cours de { $path } ne passe pas la vérification, il n'a donc pas été ajouté :
cli-add-linked = lié à { $path } (lu là-bas à chaque fois)
cli-add-copied = copié dans { $path }
cli-add-added = « { $title } » ajouté sous l'id `{ $id }`, { $how }.
cli-add-open = Ouvrez-le avec `amphi { $id }`, ou lancez `amphi` pour choisir un cours.
cli-remove-bundled = `{ $id }` est le cours fourni, qui ne peut pas être supprimé
cli-remove-link = le lien vers { $path } (le dossier lui-même n'est pas touché)
cli-remove-copy = sa copie
cli-remove-removed = Cours `{ $id }` supprimé : { $what }.
cli-remove-progress-only = Aucun cours `{ $id }` n'est installé, mais le fichier d'état contient une progression dans ce cours.
cli-remove-what = { $read ->
    [one] { $read } élément lu
   *[other] { $read } éléments lus
}, { $attempts ->
    [one] { $attempts } tentative de quiz
   *[other] { $attempts } tentatives de quiz
}
cli-remove-ask = Effacer aussi votre progression dans `{ $id }` ({ $what }) ? [o/N]
cli-remove-deleted = Progression dans `{ $id }` ({ $what }) effacée de { $file }.
cli-remove-kept = Progression dans `{ $id }` ({ $what }) gardée dans { $file }.
cli-remove-kept-no-terminal = Progression dans `{ $id }` ({ $what }) gardée dans { $file } (pas de terminal où demander : lancez `amphi remove { $id } --yes` pour l'effacer).

## `amphi mastery`

cli-mastery-none = { $title } : aucun objectif d'apprentissage
cli-mastery-title = { $title } : maîtrise des objectifs d'apprentissage

## Les exemples de chaque commande dans `--help`

cli-help-examples-check = Exemples :
    amphi check ~/cours/mon-cours
    amphi check --format json ~/cours/mon-cours   pour les éditeurs et l'intégration continue
    amphi check                                   vérifier le cours fourni
cli-help-examples-new = Exemple :
    amphi new ~/cours/the --title "Préparer le thé"
    amphi check ~/cours/the
cli-help-examples-progress = Exemples :
    amphi progress ~/cours/mon-cours
    amphi progress --format csv > progression.csv
    amphi --state /tmp/essai.json progress --format json ~/cours/mon-cours
cli-help-examples-review = Exemples :
    amphi review                      réviser dans le cours fourni
    amphi review ~/cours/mon-cours
cli-help-examples-notes = Exemples :
    amphi notes > mes-notes.md
    amphi notes ~/cours/mon-cours --format json
cli-help-examples-add = Exemples :
    amphi add ~/cours/the
    amphi add --link ~/cours/the   lire le dossier lui-même à chaque fois
    amphi add --force ~/cours/the  remplacer la copie installée
cli-help-examples-import = Exemples :
    amphi import banque.gift --out ~/cours/banque
    amphi import banque.gift --out ~/cours/banque --force --add   réimporter un export plus récent et l'installer
    amphi import questions.txt --from gift --out banque --format json
cli-help-examples-list = Exemple :
    amphi list
cli-help-examples-remove = Exemples :
    amphi remove the        demande s'il faut effacer aussi la progression
    amphi remove the --yes  l'efface sans demander
cli-help-examples-export = Exemples :
    amphi export --xapi > declarations.json
    amphi export --xapi ~/cours/the --actor ada --out the.json
cli-help-examples-preview = Exemples :
    amphi preview ~/cours/the     puis modifiez ~/cours/the/modules/*.yaml
    amphi --state /tmp/essai-the.json preview ~/cours/the     garder la progression de l'essai
cli-help-examples-schema = Exemple :
    amphi schema module > mon-cours/module.schema.json
cli-help-examples-mastery = Exemples :
    amphi mastery
    amphi --state /tmp/essai.json mastery ~/cours/mon-cours
cli-help-examples-completions = Exemples :
    amphi completions bash > ~/.local/share/bash-completion/completions/amphi
    amphi completions zsh > ~/.zfunc/_amphi
    amphi completions fish > ~/.config/fish/completions/amphi.fish
cli-help-examples-config = Exemples :
    amphi config --print-default > ~/.config/amphi/config.yaml
    amphi config --path
    amphi config --check          vérifier le fichier de configuration utilisé
cli-help-examples-man = Exemples :
    amphi man | man -l -
    amphi man > ~/.local/share/man/man1/amphi.1

## Les options de chaque commande dans `--help`

cli-help-opt-check-path = Dossier du cours ; le cours fourni s'il est omis
cli-help-opt-check-format = Format du rapport
cli-help-opt-new-dir = Dossier à créer (ou un dossier vide)
cli-help-opt-new-title = Le titre du cours
cli-help-opt-new-id = L'id du cours, sous lequel la progression est gardée [par défaut : tiré du titre]
cli-help-opt-progress-path = Dossier du cours ; le cours fourni s'il est omis
cli-help-opt-progress-format = Format du rapport
cli-help-opt-review-path = Dossier du cours ; le cours fourni s'il est omis
cli-help-opt-notes-path = Dossier du cours ; le cours fourni s'il est omis
cli-help-opt-notes-format = Format de sortie
cli-help-opt-add-path = Le dossier du cours (celui qui contient course.yaml)
cli-help-opt-add-link = Enregistrer un lien vers le dossier au lieu de le copier
cli-help-opt-add-force = Remplacer un cours installé qui a le même id
cli-help-opt-import-source = Ce qu'il faut importer : une banque GIFT, un export Open edX ou un dossier mdBook
cli-help-opt-import-out = Le dossier de cours à écrire (créé s'il manque ; vide sauf avec --force)
cli-help-opt-import-from = Le format source [par défaut : d'après le nom du fichier, sinon son contenu]
cli-help-opt-import-force = Écrire dans un dossier qui n'est pas vide, en remplaçant les fichiers de mêmes noms (et, avec --add, le cours installé de même id)
cli-help-opt-import-add = Installer aussi le cours dans la bibliothèque de cours, comme le fait `amphi add`
cli-help-opt-import-format = Format du rapport
cli-help-opt-remove-id = L'id du cours, tel que `amphi list` l'affiche
cli-help-opt-remove-yes = Effacer la progression dans le cours sans demander
cli-help-opt-export-path = Dossier du cours ; le cours fourni s'il est omis
cli-help-opt-export-xapi = Écrire des déclarations xAPI (le seul format d'export pour l'instant)
cli-help-opt-export-actor = Le nom du compte de l'apprenant [par défaut : $USER]
cli-help-opt-export-out = Écrire dans FICHIER au lieu de la sortie standard
cli-help-opt-preview-path = Dossier du cours (celui qui contient course.yaml)
cli-help-opt-schema-file = Quel fichier
cli-help-opt-mastery-path = Dossier du cours ; le cours fourni s'il est omis
cli-help-opt-completions-shell = Le shell
cli-help-opt-config-print-default = Afficher un fichier de configuration avec toutes les valeurs par défaut, commentées
cli-help-opt-config-path = Afficher d'où le fichier de configuration est lu
cli-help-opt-config-check = Vérifier le fichier de configuration utilisé (sortie 2 avec l'erreur s'il est incorrect)


## The remaining screens' words: bookmarks, images, notes, opening, targets, Markdown, reload, key names, launch messages
## (section `ui-words`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# Les noms des touches tels que les voit l'apprenant (aide, barre d'état,
# messages), comme les écrit un clavier français ; la syntaxe du fichier de
# configuration (Enter, PageDown, ctrl-s) n'est jamais traduite
key-enter = Entrée
key-space = Espace
key-esc = Échap
key-tab = Tab
key-backtab = Maj-Tab
key-backspace = Retour arrière
key-delete = Suppr
key-home = Début
key-end = Fin
key-page-up = Pg.Préc
key-page-down = Pg.Suiv
key-ctrl = Ctrl-{ $key }
# Une touche inconnue dans le fichier de configuration ; les noms à écrire
# sont ceux du fichier, en anglais
keys-unknown = touche inconnue `{ $name }` : écrivez un caractère, un nom comme Space, Tab, Enter, Esc, Up, PageDown ou F2, éventuellement précédé de `ctrl-`
# Les réglages `images` et `image_protocol` (et AMPHI_IMAGE_PROTOCOL)
images-unknown-value = valeur inconnue `{ $value }` : écrivez { $values } ou { $last }
# Les signets (m, puis ' ou M)
bookmarks-already = Cet endroit a déjà un signet.
bookmarks-added = Signet ajouté (' ou M liste les signets) : { $label }
bookmarks-gone = L'élément de ce signet ({ $item }) n'est plus dans le cours.
# L'éditeur de note
notes-saved = Note enregistrée.
# Ouvrir un fichier du cours ou lire une vidéo
open-no-folder = Ce cours est intégré à amphi : ses fichiers n'ont pas de dossier sur le disque d'où les ouvrir.
open-no-file = Ce fichier n'existe pas.
open-no-opener = Impossible d'ouvrir { $name } : { $opener } n'est pas installé.
open-opening = Ouverture de { $name } avec { $opener }
open-only-video = Seule une vidéo se lit.
open-no-line = Cette ligne n'existe pas.
open-no-media = Cette vidéo n'a ni fichier ni adresse.
open-playing-at = Lecture de { $name } à { $time } avec { $player }
open-playing = Lecture de { $name } avec { $player }
open-cannot-play = Impossible de lire { $name } : ni { $player } ni { $opener } n'est installé.
open-opening-from-start = Ouverture de { $name } avec { $opener }, depuis le début ({ $player } n'est pas installé : il aurait pu commencer à { $time })
# La cible choisie, dans la ligne parlée du mode simple
open-said-file = fichier { $title }, { $name }
open-said-video = la vidéo, depuis le début
open-said-cue = ligne de transcription à { $time }
open-said-selected = Sélectionné : { $target }. Entrée l'ouvre.
# Une image non dessinée : son texte de remplacement entre crochets
doc-image = [image : { $alt }]
# `amphi preview` : le bandeau quand le cours sur le disque a des erreurs
reload-title = Pas rechargé : le cours a des erreurs
reload-more = { $count ->
    [one] … et { $count } autre (amphi check les liste toutes)
   *[other] … et { $count } autres (amphi check les liste toutes)
}
reload-showing = La dernière version correcte est affichée ; enregistrez une correction pour recharger.
# Au lancement : ce qu'affichent `amphi`, `amphi review` et `amphi preview`
# avant l'ouverture de l'interface ou après sa fermeture (après `amphi: `)
launch-bad-config = fichier de configuration incorrect : { $error }
launch-bad-env = { $variable } : { $error }
launch-cannot-open = impossible d'ouvrir le cours :
launch-no-scratch = impossible de créer un fichier d'état provisoire : { $error }
launch-not-kept = la progression ne sera pas gardée une fois amphi quitté ({ $why })
launch-no-terminal = il faut un terminal interactif (l'entrée et la sortie standard doivent être un terminal) ; dans un script, essayez `amphi check` ou `amphi progress`
launch-cannot-watch = impossible de surveiller { $folder } : { $error }
launch-no-signals = impossible de mettre en place la gestion des signaux : { $error }
launch-no-terminal-setup = impossible de préparer le terminal : { $error }
launch-state-file = { $error } (fichier d'état : { $file })
launch-preview-scratch = Aperçu : la progression n'est pas gardée (état provisoire, effacé en quittant ; --state FICHIER la garde)
# Le dossier du fichier d'état (chaque commande qui lit ou écrit la progression)
cli-state-needed = { $why } : donnez --state FICHIER ou définissez { $variable }
cli-no-home = aucun dossier personnel trouvé
# Un signet dont l'élément n'est plus dans le cours, dans la liste (au lieu
# des numéros de module et d'élément)
bookmarks-gone-place = disparu
# Une erreur de la revue d'un quiz sans étiquette propre (w)
quiz-mark = repère { $number }
# Le fichier de configuration commenté qu'écrit `amphi config --print-default` (src/config.rs) :
# chaque message est un bloc de commentaire, le code met `# ` devant chaque ligne
config-template-head =
    Configuration d'amphi (YAML). Placez ce fichier dans le dossier de configuration
    du système (~/.config/amphi/config.yaml sous Linux) ou indiquez-le avec
    --config FICHIER ou AMPHI_CONFIG. Chaque réglage est facultatif ; --theme,
    --measure, AMPHI_THEME et AMPHI_MEASURE l'emportent sur ce fichier, et NO_COLOR
    retire les couleurs quel que soit le thème.
config-template-theme = Thème de couleurs : dark (sombre), light (clair) ou high-contrast (contrasté).
config-template-language =
    Langue des mots d'amphi : en ou fr. Sans ce réglage, un cours en français
    parle français, sinon la locale (LC_ALL, LC_MESSAGES, LANG) décide.
    --lang et AMPHI_LANG l'emportent sur ce réglage.
config-template-hyperlinks =
    Liens cliquables (hyperliens OSC 8) là où le terminal les gère : auto
    (activés, sauf en mode texte et sur la console Linux), always (activés, sauf
    en mode texte) ou never (jamais). Seules les adresses http, https et mailto
    deviennent des liens.
config-template-images =
    Images du texte des cours (PNG, JPEG, GIF), dessinées en demi-blocs :
    auto (dessinées, sauf en mode texte et avec NO_COLOR, où le texte
    alternatif s'affiche), always (dessinées, sauf en mode texte) ou never
    (le texte alternatif).
config-template-image-protocol =
    Comment dessiner les images : auto (le protocole graphique du terminal
    quand l'environnement le nomme : kitty et ghostty reçoivent celui de kitty,
    iTerm2 et WezTerm celui d'iTerm2, foot et mlterm sixel ; des demi-blocs
    ailleurs et dans tmux ou screen), kitty, iterm2, sixel ou halfblocks.
    AMPHI_IMAGE_PROTOCOL l'emporte sur ce réglage.
config-template-measure = Largeur maximale de la colonne de texte, en colonnes (de { $min } à { $max }) ; les terminaux plus larges la centrent.
config-template-keys =
    Raccourcis clavier : chaque action, puis la liste de ses touches entre
    crochets. Les touches données remplacent celles de l'action par défaut. Une touche est un caractère, ou Space, Tab,
    BackTab, Enter, Esc, Backspace, Delete, Up, Down, Left, Right, Home, End,
    PageUp, PageDown, F1..F12, chacune éventuellement précédée de ctrl- (ctrl-c
    quitte toujours). Enter, Esc et les touches des quiz sont fixes.
# l'en-tête d'une colonne devant le texte d'une cellule, quand le volet est trop étroit pour le tableau
doc-table-field = { $header } :
# le type d'un élément dans un résultat de recherche (`2.1 leçon`)
search-kind-lesson = leçon
search-kind-interview = entretien
search-kind-quiz = quiz
search-kind-video = vidéo
# le nom d'une langue d'après son code (la fenêtre « À propos »)
language-name = { $code ->
    [en] anglais
    [fr] français
   *[other] { $code }
}
# (end of section `ui-words`)


## `--help` in other languages (long descriptions, values, clap's words) and the manual page
## (section `help-man`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# `--help` : la description longue de chaque commande
cli-help-long-check = Vérifier un dossier de cours et montrer chaque problème avec sa ligne source.

    Chaque problème commence par une ligne { "`fichier:ligne:colonne: message`" }, puis montre la ligne avec un chevron sous la colonne ; un résumé comme `3 erreurs dans 2 fichiers` termine le rapport. Le code de sortie est 0 quand le cours est valide (les avertissements, pour ce qui est permis mais sans doute une erreur, ne comptent pas), 1 quand il ne l'est pas, 2 quand le dossier est inutilisable.
cli-help-long-new = Créer un nouveau dossier de cours, avec un élément de chaque sorte pour commencer.

    Écrit course.yaml, un module (une leçon, une leçon dans son propre fichier Markdown, un entretien et un quiz avec une question de chaque sorte) et un README.md pour l'auteur. Refuse un dossier qui existe et n'est pas vide.
cli-help-long-notes = Afficher toutes les notes écrites sur le cours, avec les titres de leur module et de leur élément.

    Les notes s'écrivent dans amphi avec `a` sur un élément et sont gardées dans le fichier d'état. En Markdown, un titre par module et par élément ; en JSON, un seul document avec l'id et le titre du cours et la liste des notes.
cli-help-long-add = Vérifier un dossier de cours et l'installer dans la bibliothèque de cours.

    Copie les fichiers qui composent le cours dans `courses/<id>/` du dossier de données (AMPHI_DATA_DIR, sinon celui de la plateforme) ; avec `--link`, amphi retient plutôt où se trouve le dossier, pour le lire là à chaque fois. Ensuite, `amphi <id>` l'ouvre, et `amphi` seul le propose parmi les cours à choisir.
cli-help-long-import = Importer un cours ou une banque de questions d'un autre format en dossier de cours amphi.

    Lit une banque de questions Moodle GIFT (`.gift` ou `.txt`), un export de cours Open edX (son dossier ou son `.tar.gz`) ou un livre mdBook (un dossier avec `book.toml`), et écrit dans DOSSIER un dossier de cours ordinaire que `amphi check` accepte. Affiche le rapport de ce qui a été converti, approché (et comment) et laissé de côté (et pourquoi), écrit aussi dans IMPORT.md dans DOSSIER. Refuse un DOSSIER qui n'est pas vide sans --force, et n'écrit jamais hors de DOSSIER.
cli-help-long-export = Exporter la progression de l'apprenant en déclarations xAPI (un tableau JSON).

    Lit le fichier d'état : éléments lus, tentatives de quiz et leurs réponses, modules et cours une fois terminés. L'apprenant est un compte sur { "`urn:amphi`" } nommé d'après --actor, ou $USER.
cli-help-long-preview = Ouvrir un dossier de cours et le recharger à chaque modification de ses fichiers.

    Pour les auteurs : gardez un éditeur ouvert à côté. La place dans le cours est gardée d'un rechargement à l'autre. Une modification qui casse le cours en montre les problèmes par-dessus la dernière bonne version, qui reste lisible, jusqu'à ce qu'une correction soit enregistrée.

    La progression faite pendant l'aperçu (éléments lus, quiz passés) va dans un fichier d'état temporaire, effacé à la sortie : un aperçu ne change jamais votre propre progression ; `--state FICHIER` (ou AMPHI_STATE) la garde plutôt dans FICHIER.
# `--help` : ce que veut dire chaque valeur d'une option
cli-help-value-check-format-text = Des diagnostics à la manière d'un compilateur, avec la ligne source et un chevron, puis un résumé
cli-help-value-check-format-json = Un seul document JSON (sa forme est décrite dans docs/course-format.md)
cli-help-value-progress-format-text = Une ligne par module, à lire
cli-help-value-progress-format-json = Un seul document JSON
cli-help-value-progress-format-csv = Une ligne d'en-tête, puis une ligne par module
cli-help-value-notes-format-markdown = Un document Markdown : un titre par module et par élément, puis la note
cli-help-value-notes-format-json = Un seul document JSON
cli-help-value-import-from-gift = Une banque de questions Moodle GIFT (`.gift`, `.txt`)
cli-help-value-import-from-olx = Un export de cours Open edX (un dossier avec course.xml, ou son .tar.gz)
cli-help-value-import-from-mdbook = Un livre mdBook (un dossier avec book.toml), avec ses quiz mdbook-quiz
cli-help-value-import-format-text = Du texte Markdown, tel qu'il est écrit dans IMPORT.md
cli-help-value-import-format-json = Un seul document JSON
cli-help-value-schema-file-course = `course.yaml`
cli-help-value-schema-file-module = Un fichier de module, comme `modules/01-basics.yaml`
cli-help-value-schema-file-glossary = `glossary.yaml`
# `--help` : le drapeau `-h, --help` d'une commande qui a une aide longue, et
# l'argument de `amphi help COMMANDE`
cli-help-flag-help-more = Afficher l'aide (plus de détails avec « --help »)
cli-help-flag-help-summary = Afficher l'aide (un résumé avec « -h »)
cli-help-arg-help-command = Afficher l'aide des sous-commandes données
# `--help` : les mots de clap, titres et notes après l'aide d'une option
cli-clap-heading-commands = Commandes :
cli-clap-heading-arguments = Arguments :
cli-clap-heading-options = Options :
cli-clap-env = { "[" }variable d'environnement : { $name }]
cli-clap-default = { "[" }par défaut : { $value }]
cli-clap-possible-values = { "[" }valeurs possibles : { $values }]
cli-clap-possible-values-heading = Valeurs possibles :
cli-clap-value-item = { $value } : { $help }
# les erreurs de clap sur une ligne de commande incorrecte
cli-clap-error = { $label } : { $message }
cli-clap-error-label = erreur
cli-clap-tip = { $label } : { $tip }
cli-clap-tip-label = astuce
cli-clap-more = Pour en savoir plus, essayez « { $flag } ».
cli-clap-unknown-argument = argument inattendu « { $arg } »
cli-clap-invalid-value = valeur incorrecte « { $value } » pour « { $arg } »
cli-clap-value-required = « { $arg } » demande une valeur, mais aucune n'a été donnée
cli-clap-value-validation = valeur incorrecte « { $value } » pour « { $arg } » : { $reason }
cli-clap-subcommands = { "[" }sous-commandes : { $values }]
cli-clap-invalid-subcommand = sous-commande inconnue « { $name } »
cli-clap-missing-required = { $count ->
    [one] cet argument obligatoire manque :
   *[other] ces arguments obligatoires manquent :
}
cli-clap-missing-subcommand = « { $name } » demande une sous-commande, mais aucune n'a été donnée
cli-clap-conflict = l'argument « { $arg } » ne peut pas s'employer avec « { $other } »
cli-clap-conflict-list = l'argument « { $arg } » ne peut pas s'employer avec :
cli-clap-conflict-others = l'argument « { $arg } » ne peut pas s'employer avec un ou plusieurs des autres arguments donnés
cli-clap-conflict-twice = l'argument « { $arg } » ne peut être donné qu'une fois
cli-clap-conflict-subcommand = la sous-commande « { $name } » ne peut pas s'employer avec « { $other } »
cli-clap-no-equals = il faut un signe égal pour donner une valeur à « { $arg } »
cli-clap-too-many-values = valeur inattendue « { $value } » pour « { $arg } » ; aucune autre n'était attendue
cli-clap-too-few-values = « { $arg } » demande { $min } valeurs ; { $count ->
    [one] { $count } seule a été donnée
   *[other] seulement { $count } ont été données
}
cli-clap-wrong-number-of-values = « { $arg } » demande { $expected } valeurs, mais { $count ->
    [one] { $count } a été donnée
   *[other] { $count } ont été données
}
cli-clap-invalid-utf8 = de l'UTF-8 incorrect se trouve dans un ou plusieurs arguments
cli-clap-bad-command-line = la ligne de commande est incorrecte
cli-clap-quoted = « { $text } »
cli-clap-tip-pass-value = pour donner « { $value } » comme valeur, écrivez « { $use } »
cli-clap-tip-exists = « { $name } » existe
cli-clap-tip-remove-dashes = la sous-commande « { $name } » existe ; pour l'employer, enlevez le « -- » qui la précède
cli-clap-tip-similar = { $count ->
    [one] un nom proche existe : { $names }
   *[other] des noms proches existent : { $names }
}
# pourquoi une valeur d'une option globale est refusée (`--measure`, `--theme`, `--lang`)
cli-clap-reason-measure = il faut un nombre de colonnes de 20 à 1000
cli-clap-reason-theme = les thèmes sont dark, light et high-contrast
cli-clap-reason-lang = amphi parle en, fr
# `--help`, les erreurs et la page de manuel : ce qu'il faut écrire à la place
# des mots en capitales des lignes d'utilisation (`<FILE>`, `[COURSE]`, `[COMMAND]`)
cli-help-placeholder-course = COURS
cli-help-placeholder-command = COMMANDE
cli-help-placeholder-theme = THÈME
cli-help-placeholder-columns = COLONNES
cli-help-placeholder-lang = LANGUE
cli-help-placeholder-file = FICHIER
cli-help-placeholder-path = DOSSIER
cli-help-placeholder-dir = DOSSIER
cli-help-placeholder-format = FORMAT
cli-help-placeholder-title = TITRE
cli-help-placeholder-id = ID
cli-help-placeholder-source = SOURCE
cli-help-placeholder-name = NOM
cli-help-placeholder-shell = SHELL
# `amphi man` : les titres des sections de la page de manuel
cli-man-name = NOM
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-commands = COMMANDES
cli-man-examples = EXEMPLES
cli-man-version = VERSION
cli-man-manual = Manuel des commandes générales
# (end of section `help-man`)


## Editions: remembering the chosen edition, previews, glossary comparison, export
## (section `editions`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# amphi check : le manifeste d'une édition (src/course/editions.rs, check_manifest)
edition-of-not-id = `edition_of` vaut `{ $of }` mais l'id du cours est `{ $id }` : une édition garde l'id du cours qu'elle traduit, sous lequel la progression de l'apprenant est enregistrée
edition-lists-editions = une édition ne peut pas avoir ses propres `editions` : listez-les toutes dans l'original
edition-needs-language = une édition doit indiquer sa langue dans `language` (par exemple `fr`)
edition-original-needs-language = un cours qui a des `editions` doit indiquer sa propre langue dans `language` (par exemple `en`)
edition-language-empty = la `language` d'une édition est vide
edition-language-taken = la langue d'édition `{ $language }` est déjà celle du cours ou d'une autre édition
edition-folder-bad = dossier d'édition `{ $folder }` : { $error }
edition-folder-twice = le dossier d'édition `{ $folder }` est listé deux fois
# amphi check : une édition face à son original (src/author/check.rs)
edition-language-differs = la langue de cette édition est `{ $language }` mais l'original la déclare en `{ $listed }`
edition-needs-edition-of = une édition doit indiquer dans `edition_of` l'id du cours qu'elle traduit, `{ $id }`
# amphi check : une édition comparée à son original (src/course/editions.rs, compare) ;
# $what vaut objective ou section, $kind le genre d'un élément (lesson, quiz, interview, video)
edition-id-differs = l'id de l'édition est `{ $id }` mais celui du cours qu'elle traduit est `{ $original }` : ils doivent être identiques pour que la progression soit partagée
edition-module-missing = le module `{ $module }` de l'original manque dans cette édition
edition-module-extra = le module `{ $module }` n'est pas dans l'original : aucune progression n'est partagée pour lui
edition-part-missing = { $what ->
    [objective] l'objectif
   *[other] la section
} `{ $id }` du module `{ $module }` de l'original manque dans cette édition
edition-part-extra = { $what ->
    [objective] l'objectif
   *[other] la section
} `{ $id }` du module `{ $module }` n'est pas dans l'original
edition-item-missing = { $kind ->
    [lesson] la leçon
    [quiz] le quiz
    [interview] l'entretien
    [video] la vidéo
   *[other] l'élément
} `{ $item }` du module `{ $module }` de l'original manque dans cette édition
edition-item-extra = { $kind ->
    [lesson] la leçon
    [quiz] le quiz
    [interview] l'entretien
    [video] la vidéo
   *[other] l'élément
} `{ $item }` du module `{ $module }` n'est pas dans l'original : aucune progression n'est partagée pour lui
edition-item-kind-differs = l'élément `{ $item }` est { $kind ->
    [lesson] une leçon
    [quiz] un quiz
    [interview] un entretien
    [video] une vidéo
   *[other] un { $kind }
} ici mais { $original ->
    [lesson] une leçon
    [quiz] un quiz
    [interview] un entretien
    [video] une vidéo
   *[other] un { $original }
} dans l'original
edition-question-missing = la question `{ $question }` du quiz `{ $quiz }` de l'original manque dans cette édition
edition-question-extra = la question `{ $question }` du quiz `{ $quiz }` n'est pas dans l'original
edition-question-kind-differs = la question `{ $question }` est de type { $kind } ici mais { $original } dans l'original
edition-answer-differs = la question `{ $question }` n'a pas la même bonne réponse que dans l'original (les choix sont comparés par leur position, les nombres par leur valeur)
# amphi check : glossaires comparés (src/course/editions.rs, compare_glossaries)
edition-glossary-id-missing = l'id de glossaire `{ $id }` de l'original (terme `{ $term }`) manque dans cette édition
edition-glossary-id-extra = l'id de glossaire `{ $id }` (terme `{ $term }`) n'est pas dans l'original
edition-glossary-count = le glossaire a { $count ->
    [one] { $count } terme
   *[other] { $count } termes
}, l'original en a { $original } : traduisez chaque terme
edition-glossary-count-no-id = le glossaire a { $count ->
    [one] { $count } terme
   *[other] { $count } termes
} sans `id`, l'original en a { $original } : donnez à chaque terme l'`id` de celui qu'il traduit
# (end of section `editions`)


## `amphi check` diagnostics: the shape of YAML files (src/course/shape.rs, de.rs, yaml.rs, load.rs)
## (section `diag-shape`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
# Où est un problème (src/course/shape.rs) : un élément ou une question désigné
# par son id (`$noun` est son `kind` : lesson, interview, quiz, video, group,
# question, item), ce qui en est dit, et un chemin à l'intérieur
# (une étiquette comme `leçon `two` : ` donnée comme `$owner` au début d'un message)
load-owner = { $noun ->
    [lesson] leçon `{ $id }`
    [interview] entretien `{ $id }`
    [quiz] quiz `{ $id }`
    [video] vidéo `{ $id }`
    [group] groupe `{ $id }`
    [question] question `{ $id }`
    [map] dictionnaire `{ $id }`
   *[item] élément `{ $id }`
} :{ " " }
load-owner-path = { $owner }{ $path } :{ " " }
load-path-label = { $path } :{ " " }
# un message après le chemin de la valeur donné par serde_yaml (`items[2].turns[0]`)
load-at-path = { $path } : { $message }
# après les problèmes d'un fichier quand il y en a trop pour tous les lister
load-more-problems = { $count ->
    [one] { $count } autre problème du même genre dans ce fichier n'est pas listé
   *[other] { $count } autres problèmes du même genre dans ce fichier ne sont pas listés
}
# Les champs d'un dictionnaire (src/course/shape.rs) ; les formes `-in` donnent son chemin
load-key-not-name = { $owner }une clé doit être un nom, et non { $found }
load-key-not-name-in = { $owner }dans `{ $path }`, une clé doit être un nom, et non { $found }
load-given-twice = { $owner }`{ $name }` est donné deux fois (la première à la ligne { $line }) ; n'en gardez qu'un
load-given-twice-in = { $owner }`{ $name }` est donné deux fois dans `{ $path }` (la première à la ligne { $line }) ; n'en gardez qu'un
load-unknown-field-near = { $owner }champ inconnu `{ $name }` ; vouliez-vous dire `{ $near }` ?
load-unknown-field-near-in = { $owner }champ inconnu `{ $name }` dans `{ $path }` ; vouliez-vous dire `{ $near }` ?
load-unknown-field = { $owner }champ inconnu `{ $name }` (les champs possibles ici : { $fields })
load-unknown-field-in = { $owner }champ inconnu `{ $name }` dans `{ $path }` (les champs possibles ici : { $fields })
load-missing-field = { $owner }il manque le champ `{ $name }`
load-missing-field-in = { $owner }il manque le champ `{ $name }` dans `{ $path }`
load-duplicate-field = { $owner }champ `{ $name }` en double
load-none-given = { $owner }il manque un champ : donnez { $fields }
load-none-given-in = { $owner }il manque un champ dans `{ $path }` : donnez { $fields }
load-both-given = { $owner }{ $fields } sont donnés tous les deux : n'en donnez qu'un
load-both-given-in = { $owner }{ $fields } sont donnés tous les deux dans `{ $path }` : n'en donnez qu'un
load-unknown-value = { $owner }valeur inconnue `{ $value }` (attendu : { $values })
# Éléments et questions, lus par leur `kind` d'abord (`$what` : item, question ou map)
load-not-kind-map = { $owner }`{ $path }` doit être { $what ->
    [question] une question
    [map] un dictionnaire
   *[item] un élément
}, c'est-à-dire un dictionnaire qui commence par `kind`, et non { $found }
load-needs-kind = { $owner }{ $what ->
    [question] une question
    [map] un dictionnaire
   *[item] un élément
} doit avoir un `kind` ({ $kinds })
load-kind-not-first = { $owner }`kind` doit être la première clé { $what ->
    [question] d'une question
    [map] d'un dictionnaire
   *[item] d'un élément
}, mais sa première clé est `{ $key }`
load-kind-first = { $owner }{ $what ->
    [question] une question
    [map] un dictionnaire
   *[item] un élément
} doit commencer par `kind` ({ $kinds }), mais sa première clé est `{ $key }`
load-unknown-kind-near = { $owner }`kind` inconnu pour { $what ->
    [question] une question
    [map] un dictionnaire
   *[item] un élément
} : `{ $kind }` ; vouliez-vous dire `{ $near }` ?
load-unknown-kind = { $owner }`kind` inconnu pour { $what ->
    [question] une question
    [map] un dictionnaire
   *[item] un élément
} : `{ $kind }` (attendu : { $kinds })
load-nested-group = { $owner }les groupes ne s'imbriquent pas : les `questions` d'un groupe sont des questions ordinaires, pas des groupes
# Une valeur du mauvais type : ce qui était attendu, et ce qui a été trouvé
load-file-must-be = { $owner }le fichier doit être { $expected }, et non { $found }
load-must-be = { $owner }`{ $path }` doit être { $expected }, et non { $found }
load-expected-not = { $owner }attendu : { $expected }, et non { $found }
load-expected-one-of = l'une des valeurs { $values }
load-expected-weight = un nombre de points, 0 ou plus (par exemple 1, 2.5, ou 0 pour une question d'entraînement)
load-expected-weight-practice = un nombre de points, 0 ou plus (par exemple 1, 2.5, ou 0 pour une question d'entraînement, qui ne compte pas dans le score)
load-expected-choice = un numéro de choix (1 pour le premier choix)
load-expected-percentage = un pourcentage entier de 0 à 100
load-expected-pass-mark = un seuil de réussite : un pourcentage entier de 0 à 100
load-expected-hint-cost = la part des points de la question retirée par indice : un pourcentage entier de 0 à 100
load-expected-whole-min = un nombre entier (0 ou plus)
load-expected-whole = un nombre entier
load-expected-number = un nombre
load-expected-number-text = un nombre écrit avec un point pour les décimales, par exemple 12 ou 1.50
load-expected-tolerance = une tolérance : un nombre comme 0.05, ou un pourcentage de la réponse comme { "5%" }
load-expected-duration = une durée : un nombre entier de secondes (`754`), ou `{ "mm:ss" }` ou `{ "h:mm:ss" }` entre guillemets (`"12:34"`)
load-expected-regex = une expression régulière
load-expected-bool = `true` ou `false`
load-expected-list = une liste
load-expected-map = un dictionnaire
load-expected-map-with = un dictionnaire avec { $fields }
load-expected-text = du texte
load-expected-other = autre chose
load-expecting-kind-map = { $what ->
    [question] une question
    [map] un dictionnaire
   *[item] un élément
} (un dictionnaire qui commence par `kind`)
load-expecting-kind = le `kind` { $what ->
    [question] d'une question
    [map] d'un dictionnaire
   *[item] d'un élément
} : { $kinds }
load-expecting-module = un module : un dictionnaire avec `id`, `title` et `items` ou `sections`
load-expecting-section = une section : un dictionnaire avec `id`, `title` et `items`
load-expecting-pair = une paire : `{ "{left: …, right: …}" }`
load-expecting-numeric-answer = une réponse numérique : un dictionnaire avec `answer` (et `tolerance`) ou `range`, et si besoin `credit` et `feedback`
# Ce qui a été trouvé à la place (`$text` tel qu'écrit)
load-found-nothing = rien
load-found-null = `{ $text }` (valeur nulle)
load-found-literal = `{ $text }`
load-found-number = le nombre { $text }
load-found-text = le texte `{ $text }`
load-found-list = une liste
load-found-map = un dictionnaire
load-found-alias = un alias
# Valeurs refusées par les lecteurs propres au cours (src/course/de.rs)
load-duration-over = { $owner }la durée { $seconds } dépasse 100 heures (elle est en secondes)
load-bad-pattern = { $owner }`pattern` n'est pas une expression régulière valide : { $error }
load-tolerance-negative = { $owner }`tolerance` doit valoir 0 ou plus, et non `{ $value }`
load-numeric-range-tolerance = { $owner }un `range` n'a pas de `tolerance` : élargissez plutôt l'intervalle
load-numeric-answer-and-range = { $owner }donnez soit `answer` (avec une `tolerance` si besoin), soit `range`, pas les deux
load-numeric-tolerance-alone = { $owner }`tolerance` demande une `answer`
load-numeric-entry-empty = { $owner }une entrée de `answers` demande `answer` ou `range`
load-numeric-answer-and-answers = { $owner }donnez soit `answer` (ou `range`), soit une liste `answers`, pas les deux : mettez `answer` dans la liste
# Fichiers YAML : encodage, syntaxe et limites (src/course/yaml.rs) ; `$error` est le texte de l'analyseur
load-file-too-large = le fichier dépasse { $mib } Mio : la limite est de { $bytes } octets par fichier de cours
load-not-utf8 = ce n'est pas de l'UTF-8 valide : séquence d'octets invalide à l'octet { $offset }
load-nested-deep = les listes et dictionnaires sont imbriqués sur plus de { $limit } niveaux ici (en comptant chaque `[` et `{"{"}` pas encore refermé par `]` ou `{"}"}`)
load-file-empty = le fichier est vide
load-second-document = un second document YAML commence ici : un fichier de cours n'en contient qu'un, supprimez donc ce `---` (et ce qui le suit, ou fusionnez-le avec le premier document)
load-yaml-recursion = le YAML est trop profondément imbriqué (plus de { $limit } niveaux de listes et de dictionnaires)
load-too-many-values = le fichier contient plus de { $limit } valeurs (listes, dictionnaires et scalaires)
load-alias-bomb = les alias (`*nom`) du fichier se déploient en trop de copies (la limite est de { $limit } valeurs, chaque alias comptant comme une copie de ce qu'il désigne) : les bombes d'alias (« billion laughs ») sont refusées
load-alias-text = les alias (`*nom`) du fichier se déploient en plus de { $limit } octets de texte (la limite est de { $times } fois la taille du fichier, et au moins { $min } octets, chaque alias comptant comme une copie du texte qu'il désigne) : les bombes d'alias (« billion laughs ») sont refusées
load-yaml-context = { $error }, à partir de la ligne { $line }, colonne { $column }
load-yaml-hint = { $error } ({ $hint })
load-hint-tabs = le YAML ne peut pas être indenté avec des tabulations : utilisez des espaces
load-hint-colon-in-value = vérifiez l'indentation, et mettez entre guillemets une valeur qui contient `{ ": " }`
load-hint-key-indent = vérifiez l'indentation : les clés d'un même dictionnaire doivent commencer dans la même colonne
load-hint-list-indent = vérifiez l'indentation : les entrées d'une même liste doivent commencer dans la même colonne
load-hint-quote-start = mettez la valeur entre guillemets : une valeur sans guillemets ne peut pas commencer par `@`, `` ` `` ou `{ "%" }`
load-hint-missing-colon = il manque le `{ ":" }` d'une clé, ou une valeur sur plusieurs lignes doit être entre guillemets ou après `|`
load-hint-flow-not-closed = un `[...]` ou `{"{"}...{"}"}` n'est pas refermé, ou une valeur à l'intérieur doit être entre guillemets
load-hint-end-of-file = le fichier se termine à l'intérieur de guillemets ou de crochets non refermés
load-hint-escape = entre guillemets doubles, écrivez une barre oblique inverse `\\`, ou utilisez des guillemets simples
# Lecture des fichiers du cours (src/course/load.rs)
load-file-not-found = fichier introuvable
load-permission-denied = permission refusée
load-cannot-read = lecture impossible : { $error }
load-module-file = fichier de module `{ $path }` : { $error }
load-course-too-large = avec ce fichier, le cours dépasse { $mib } Mio, la limite pour tous ses fichiers ensemble (un fichier nommé deux fois compte deux fois) ; chargement arrêté ici
load-body-and-body-file = la leçon `{ $id }` a à la fois `body` et `body_file` ; n'en gardez qu'un
load-body-file-empty = leçon `{ $id }` : le body_file `{ $path }` est vide
load-body-file-error = leçon `{ $id }` : body_file `{ $path }` : { $error }
# Les erreurs du fichier de configuration (src/config.rs) : `$setting` est le réglage fautif (`theme`, `keys.quit[1]`)
config-in-setting = { $setting } : { $message }
config-setting-not-name = un réglage doit être un nom, et non { $found }
config-expected = attendu : { $expected }, et non { $found }
config-expected-measure = un nombre entier de colonnes, de { $min } à { $max }
config-expected-keys = un dictionnaire qui associe des touches aux actions, par exemple `{ "quit: [q, ctrl-q]" }`
config-expected-key-names = attendu : un nom de touche ou une liste de noms de touches, et non { $found } (mettez entre guillemets une touche que YAML lit comme un nombre, true ou false : "1")
config-unknown-setting-near = réglage inconnu `{ $name }` ; vouliez-vous dire `{ $near }` ?
config-unknown-setting = réglage inconnu `{ $name }` ; les réglages sont { $settings }
config-unknown-theme = thème inconnu `{ $value }` (attendu : { $values })
config-unknown-value = valeur inconnue `{ $value }` (attendu : { $values })
config-unknown-language = langue inconnue `{ $value }` ; amphi parle { $codes }
config-measure-range = { $value } est hors limites : la colonne de texte fait de { $min } à { $max } colonnes de large
config-unknown-action = action inconnue ; les actions sont { $actions }
config-no-keys = aucune touche : donnez-en au moins une (ou retirez l'action pour garder ses touches par défaut)
config-key-clash = `{ $key }` est aussi la touche de { $other } ; donnez aussi d'autres touches à { $other } (keys.{ $other }{ ": [...]" })
config-cannot-read = impossible de lire le fichier de configuration : { $error }
#
# les mots du lecteur YAML (libyaml), dits dans la langue : le problème, puis ce
# que le lecteur lisait (`clé attendue introuvable, en lisant un dictionnaire en bloc`)
load-yaml-parser = { $problem }, { $context }
load-yaml-p-key = clé attendue introuvable
load-yaml-p-mapping-values = valeurs de dictionnaire interdites ici
load-yaml-p-dash = indicateur `-` attendu introuvable
load-yaml-p-bad-start = caractère qui ne peut commencer aucun élément
load-yaml-p-colon = `:` attendu introuvable
load-yaml-p-flow-seq-end = `,` ou `]` attendu introuvable
load-yaml-p-flow-map-end = `,` ou `{"}"}` attendu introuvable
load-yaml-p-end = fin de fichier inattendue
load-yaml-p-escape = caractère d'échappement inconnu
load-yaml-p-tab = tabulation qui rompt l'indentation
load-yaml-p-tab-space = tabulation là où une espace d'indentation est attendue
load-yaml-p-node = contenu attendu introuvable
load-yaml-p-block-seq = entrées de liste en bloc interdites ici
load-yaml-p-document-start = début de document attendu introuvable
load-yaml-p-document-indicator = indicateur de document inattendu
load-yaml-c-block-mapping = en lisant un dictionnaire en bloc
load-yaml-c-block-collection = en lisant une liste ou un dictionnaire en bloc
load-yaml-c-flow-sequence = en lisant une liste entre crochets
load-yaml-c-flow-mapping = en lisant un dictionnaire entre accolades
load-yaml-c-simple-key = en lisant une clé
load-yaml-c-quoted = en lisant une valeur entre guillemets
load-yaml-c-plain = en lisant une valeur sans guillemets
load-yaml-c-block-scalar = en lisant un texte en bloc
load-yaml-c-block-node = en lisant une valeur en bloc
load-yaml-c-flow-node = en lisant une valeur entre crochets ou accolades
load-yaml-c-node = en lisant une valeur
load-yaml-c-anchor = en lisant une ancre
load-yaml-c-alias = en lisant un alias
# (end of section `diag-shape`)


## `amphi check` diagnostics: validation, links, media, images, transcripts, files, lints, the library
## (section `diag-validate`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# a thing of the course named in a message (`kind`: lesson, quiz, interview,
# video, module, question, group, section…), and a problem said of one
load-named = { $kind ->
    [lesson] leçon
    [quiz] quiz
    [interview] entretien
    [video] vidéo
    [module] module
    [question] question
    [group] groupe
    [section] section
    [objective] objectif
    [participant] participant
   *[other] { $kind }
} `{ $id }`
load-about = { $owner } : { $message }
load-the-course = cours
load-the-glossary = glossaire
# validation of the course, its modules, items and glossary (src/course/validate.rs)
load-too-many = { $owner } : `{ $key }` compte { $count } entrées, mais une liste en contient au plus { $max }
load-course-title-empty = le titre du cours est vide
load-course-no-modules = le cours est vide : `modules` ne donne aucun fichier de module
load-duplicate-module = identifiant de module `{ $id }` en double (déjà utilisé dans { $first })
load-module-empty-title = le module `{ $id }` a un titre vide
load-module-no-items = le module `{ $id }` ne contient aucun élément
load-duplicate-item = identifiant d'élément `{ $id }` en double dans le module `{ $module }`
load-duplicate-item-in-sections = identifiant d'élément `{ $id }` en double dans le module `{ $module }` (dans la section `{ $section }`, déjà pris dans la section `{ $first }`)
load-item-empty-title = { $owner } : le titre est vide
load-lesson-no-text = la leçon `{ $id }` n'a pas de texte : donnez `body` ou `body_file`
load-file-empty-title = le fichier `{ $path }` a un titre vide
load-duplicate-section = identifiant de section `{ $id }` en double dans le module `{ $module }`
load-section-empty-title = la section `{ $id }` a un titre vide
load-section-no-items = la section `{ $id }` du module `{ $module }` ne contient aucun élément : donnez-lui-en au moins un, ou retirez la section
load-video-file-and-url = la vidéo `{ $id }` a à la fois `file` et `url` ; n'en gardez qu'un
load-video-no-file-or-url = la vidéo `{ $id }` n'a ni `file` ni `url` : donnez l'un des deux (un fichier du dossier du cours, ou une adresse)
load-video-bad-url = vidéo `{ $id }` : `url` doit être une adresse `http://` ou `https://`, pas `{ $url }`
load-term-empty = un terme du glossaire est vide
load-term-too-many-aliases = le terme `{ $term }` du glossaire a { $count } alias : un terme en a au plus { $max }
load-term-empty-definition = le terme `{ $term }` du glossaire a une définition vide
load-term-empty-alias = le terme `{ $term }` du glossaire a un alias vide
load-duplicate-term = terme `{ $name }` en double dans le glossaire (déjà donné pour `{ $first }`)
load-duplicate-alias = alias `{ $name }` en double dans le glossaire (déjà donné pour `{ $first }`)
# `what`: course, module, item, section, participant, group, question, objective
load-bad-id = l'identifiant { $what ->
    [course] du cours
    [module] du module
    [item] de l'élément
    [section] de la section
    [participant] du participant
    [group] du groupe
    [question] de la question
    [objective] de l'objectif
    [glossary] de l'entrée du glossaire
   *[other] { $what }
} `{ $id }` doit être non vide et ne contenir que des lettres, des chiffres, `-`, `_` et `.`
load-participant-empty-name = le participant `{ $id }` de l'entretien `{ $interview }` a un nom vide
load-duplicate-participant = identifiant de participant `{ $id }` en double dans l'entretien `{ $interview }`
# `key`: publication or date
load-interview-source-empty = la source de l'entretien `{ $interview }` a { $key ->
    [publication] une publication vide
    [date] une date vide
   *[other] un champ `{ $key }` vide
}
load-interview-no-turns = l'entretien `{ $id }` n'a aucune réplique
load-turn-no-text = la réplique { $turn } de l'entretien `{ $interview }` n'a pas de texte
load-unknown-speaker = intervenant inconnu `{ $speaker }` dans l'entretien `{ $interview }` : ce doit être l'un des identifiants des participants ({ $known })
load-none-declared = aucun n'est déclaré
load-duplicate-question = identifiant de question `{ $id }` en double dans le quiz `{ $quiz }`
load-group-id-is-a-question = l'identifiant `{ $id }` est aussi celui d'une question du quiz `{ $quiz }` : groupes et questions ont chacun le leur
load-duplicate-group = identifiant de groupe `{ $id }` en double dans le quiz `{ $quiz }`
load-group-empty-stimulus = le texte commun est vide : c'est pourtant le texte dont traite chaque partie
load-group-no-questions = le groupe n'a aucune question : donnez-lui au moins une partie
load-pass-mark = le seuil de réussite { $mark } du quiz `{ $quiz }` sort de l'intervalle 0–100 (c'est un pourcentage)
load-quiz-no-questions = le quiz `{ $id }` n'a aucune question
load-prompt-empty = l'intitulé est vide
load-reflection-scored = une réflexion n'est jamais notée : retirez `{ $key }`
load-hint-and-hints = donnez soit `hint` (un indice), soit `hints` (une liste), pas les deux
load-hint-empty = l'indice { $hint } est vide
load-hint-cost = `hint_cost` { $cost } sort de l'intervalle 0–100 (c'est un pourcentage des points de la question)
load-hint-cost-no-hints = `hint_cost` est donné, mais la question n'a ni `hint` ni `hints`
load-feedback-choice = `feedback` pour le choix { $choice } : les choix sont numérotés de 1 à { $count }
load-feedback-not-choices = `feedback` ne s'emploie qu'avec les questions single_choice, multiple_choice et true_false
load-missed-not-choices = `missed` ne s'emploie qu'avec les questions single_choice et multiple_choice
load-missed-choice = `missed` pour le choix { $choice } : les choix sont numérotés de 1 à { $count }
load-missed-wrong = `missed` pour le choix { $choice } : ce n'est pas une bonne réponse, on ne peut donc pas la manquer (un commentaire sur un mauvais choix va dans `feedback`)
# links: `see:` of questions, `item:` links of lessons, objectives (src/course/links.rs)
load-not-a-see-link = `{ $link }` n'est pas un lien vers une leçon : écrivez `lesson-id`, `lesson-id#heading-slug` ou `module-id/lesson-id#heading-slug`
# `forms`: the three forms of an item link, joined with "or"
load-not-an-item-link = `{ $link }` n'est pas un lien vers un élément : écrivez { $forms }
load-no-module = il n'y a pas de module `{ $id }` (modules : { $modules })
load-no-item = le module `{ $module }` n'a pas d'élément `{ $item }` (ses éléments : { $items })
load-link-not-a-lesson = `{ $item }`, dans le module `{ $module }`, n'est pas une leçon : seule une leçon a des titres vers lesquels pointer
load-no-heading = la leçon `{ $lesson }` n'a aucun titre dont le slug soit `{ $slug }` (ses titres : { $headings })
# in place of an empty list of names (modules, items, headings, objectives)
load-none = aucun
# in place of an empty list of lessons
load-none-lessons = aucune
load-item-link = leçon `{ $lesson }` : lien `{ $link }` : { $problem }
load-duplicate-objective = identifiant d'objectif `{ $id }` en double (déjà déclaré dans le module `{ $module }`) : un identifiant d'objectif est unique dans tout le cours
load-objective-empty-title = l'objectif `{ $id }` a un titre vide
# `see`: `see: module/lesson#slug` as written
load-see-link = `{ $see }` : { $problem }
load-unknown-objective = objectif inconnu `{ $id }` : aucun module ne le déclare dans `objectives` (déclarés : { $declared })
load-no-lesson = le module `{ $module }` n'a pas de leçon `{ $lesson }` (ses leçons : { $lessons })
# `kind`: quiz, interview or video
load-see-not-a-lesson = `{ $item }`, dans le module `{ $module }`, est { $kind ->
    [interview] un entretien
    [video] une vidéo
    [quiz] un quiz
   *[other] un élément de type { $kind }
}, pas une leçon
# the paths of course files and why a file cannot be read (src/course/files.rs)
load-path-empty = le chemin est vide
load-path-control = le chemin contient un caractère de contrôle
load-path-absolute = le chemin est absolu ; écrivez-le à partir du dossier du cours
load-path-leaves = le chemin sort du dossier du cours (`..` est interdit)
load-path-no-file = le chemin ne désigne aucun fichier
# `error`: the system's own words
load-folder-unreadable = impossible d'ouvrir le dossier du cours : { $error }
load-path-outside = le chemin mène à { $path }, hors du dossier du cours
load-path-folder = le chemin désigne un dossier, pas un fichier
load-path-not-regular = ce n'est pas un fichier ordinaire (mais un tube, une socket ou un périphérique)
# offered files, videos and transcripts (src/course/media.rs; after `lesson `id`: `)
load-file-missing = le fichier `{ $path }` est absent du dossier du cours
load-file-refused = fichier `{ $path }` : { $problem }
load-transcript-format = la transcription `{ $path }` doit être un fichier WebVTT (`.vtt`) ou SubRip (`.srt`)
load-transcript-refused = transcription `{ $path }` : { $problem }
load-transcript-no-cues = la transcription `{ $path }` ne contient aucun sous-titre
# a malformed transcript, at its line (src/course/transcript.rs)
load-vtt-signature = une transcription WebVTT doit commencer par la ligne `WEBVTT`
# `example`: `00:01:02.000 --> 00:01:05.000`
load-no-timing = il manque ici le minutage d'un sous-titre, tel que { $example }
load-too-many-cues = une transcription contient au plus { $max } sous-titres
load-no-arrow = il manque `-->` entre les deux temps
load-cue-backwards = le sous-titre finit ({ $end }) avant de commencer ({ $start })
# `example`: one or two times as they should be written
load-bad-time = `{ $time }` n'est pas un temps : écrivez par exemple { $example }
# images that cannot be drawn (src/course/images.rs; `format`: PNG, JPEG or GIF)
load-image-header = impossible de lire l'en-tête du fichier { $format } : { $error }
load-image-decode = impossible de décoder le fichier { $format } : { $error }
load-image-empty = le fichier { $format } est vide
load-image-unreadable = impossible de lire l'image : { $error }
load-image-no-pixels = l'image n'a aucun pixel ({ $width }×{ $height })
load-image-too-large = l'image est trop grande pour être affichée ({ $width }×{ $height } pixels ; au plus { $max } mégapixels)
load-image-svg = les images SVG ne sont pas dessinées (seulement PNG, JPEG et GIF) : les apprenants en voient le texte alternatif
load-image-unsupported = ce n'est pas une image PNG, JPEG ou GIF : les apprenants en voient le texte alternatif
# the warnings of `amphi check` (src/author/lint.rs)
lint-image-in-lesson = leçon `{ $lesson }` : l'image `{ $image }` { $problem }
lint-image-in-stimulus = quiz `{ $quiz }`, groupe `{ $group }` : l'image `{ $image }` du texte commun { $problem }
# `problem` of an image: one of these two
lint-image-remote = est une adresse web : amphi ne télécharge jamais d'image, les apprenants en voient le texte alternatif
lint-image-unshown = ne peut pas être affichée : { $why }
lint-in-term = terme `{ $term }` du glossaire : { $message }
lint-term-unused = le terme `{ $term }` du glossaire n'apparaît dans aucune leçon ni aucun entretien (ses alias non plus) : il n'est donc jamais souligné
lint-long-module = le module `{ $id }` est long ({ $items ->
    [one] { $items } élément
   *[other] { $items } éléments
}, { $words ->
    [one] { $words } mot
   *[other] { $words } mots
}) : pensez à le scinder (avertissement au-delà de { $max_items } éléments ou de { $max_words } mots)
lint-lesson-no-words = la leçon `{ $id }` n'a aucun mot, seulement du balisage ou de la ponctuation
lint-placeholder = la leçon `{ $id }` contient encore `{ $marker }` : est-elle terminée ?
lint-no-explanation = quiz `{ $id }` : aucune question n'a d'`explanation`, les apprenants ne sauront donc que s'ils ont juste ou non
# `why`: the math layout's own words
lint-math-source = cette formule s'affiche sous sa forme source TeX : { $why }
# `opener`: `$$` or `\[`
lint-math-unclosed = `{ $opener }` ouvre une formule centrée qui ne se ferme jamais : elle s'affiche telle que tapée
lint-in-lesson = leçon `{ $id }` : { $message }
lint-in-interview = entretien `{ $id }` : { $message }
lint-in-question = quiz `{ $quiz }`, question `{ $question }` : { $message }
# the library's refusals: `amphi add`, `amphi remove`, a course that cannot be opened (src/library.rs)
# `problem`: why there is no home folder; `env`: AMPHI_DATA_DIR
library-no-data-folder = { $problem } : donnez à { $env } un dossier absolu
library-unusable-id = la bibliothèque ne peut pas accueillir un cours d'identifiant `{ $id }` : { $why } ; changez `id` dans course.yaml
# `why` of library-unusable-id: one of these five
library-id-dot = il commence par `.`, comme les fichiers temporaires d'amphi
library-id-dash = il commence par `-`, que les commandes prendraient pour une option
library-id-trailing-dot = il finit par `.`, que certains systèmes de fichiers suppriment
library-id-link = il finit par `{ $suffix }`, comme le fichier d'un cours lié
library-id-device = c'est le nom d'un périphérique sous Windows (CON, PRN, AUX, NUL, COM0–COM9, LPT0–LPT9, quelle que soit l'extension)
library-bundled-id = `{ $id }` est l'identifiant du cours intégré : donnez au cours un autre `id` dans course.yaml
library-already-installed = un cours d'identifiant `{ $id }` est déjà installé : ajoutez --force pour le remplacer, ou lancez d'abord `amphi remove { $id }`
library-already-linked = un cours d'identifiant `{ $id }` est déjà lié à { $path } : ajoutez --force pour le remplacer, ou lancez d'abord `amphi remove { $id }`
library-case-clash = le cours `{ $other }` est installé, et son identifiant ne diffère de `{ $id }` que par la casse : sur certains systèmes de fichiers, ce serait le même dossier et l'un remplacerait l'autre ; donnez à ce cours un autre `id` dans course.yaml, ou lancez d'abord `amphi remove { $other }`
# `error`: the system's own words
library-cannot-create = impossible de créer { $path } : { $error }
library-cannot-install = impossible d'installer dans { $path } : { $error }
library-cannot-resolve = impossible de résoudre { $path } : { $error }
library-not-utf8 = { $path } n'est pas un chemin UTF-8, qu'un lien ne peut pas contenir
library-copy-invalid = la copie ne passe pas la vérification : { $problem }
library-cannot-lock = impossible de verrouiller { $path } : { $error }
library-cannot-remove = impossible de supprimer { $path } : { $error }
library-none-installed = aucun cours `{ $id }` n'est installé (aucun cours n'est installé ; voir `amphi list`)
library-not-installed = aucun cours `{ $id }` n'est installé ; cours installés : { $installed } (voir `amphi list`)
library-folder-gone = le dossier { $path } n'existe plus
library-id-changed = son identifiant est maintenant `{ $new }` : lancez `amphi remove { $id }`, puis de nouveau `amphi add`
library-invalid-course = cours non valide
# the first problem of a course that cannot be opened: `file:line:column: message`
library-problem = { $place } : { $message }
library-and-more = { $first } (et { $count ->
    [one] { $count } autre
   *[other] { $count } autres
})
# each question kind's checks of its answer key (src/quiz/kinds/; after `question `id`: `)
load-choice-empty = le choix { $choice } est vide
load-duplicate-choice = le même choix figure deux fois : l'apprenant ne peut pas les distinguer
load-answer-out-of-range = la réponse { $answer } n'existe pas : les choix sont numérotés de 1 à { $count }
load-too-few-choices = il faut au moins 2 choix
load-no-right-choice = aucune bonne réponse : `answers` doit donner au moins un numéro de choix
load-duplicate-answer = la même réponse figure deux fois
load-too-few-items = il faut au moins 2 éléments à ordonner
load-item-empty = l'élément { $item } à ordonner est vide
load-duplicate-order-item = le même élément figure deux fois : l'ordre est ambigu
load-model-answer-empty = `model_answer` est vide : retirez-le
load-no-right-answer = aucune bonne réponse : `answers` doit contenir au moins une réponse non vide, sinon donnez un `pattern`
load-too-few-pairs = il faut au moins 2 paires à associer
load-duplicate-pair-side = le même côté gauche ou droit figure deux fois : l'association est ambiguë
load-empty-pair-side = une paire a un côté vide
load-no-blanks = aucun trou : `blanks` est vide
# `gaps`: the gaps written, `{{2}}, {{3}}`; `first` and `last`: `{{1}}` and `{{n}}`
load-gaps-numbering = les trous du texte ({ $gaps }) doivent aller de { $first } à { $last }, chacun une seule fois, un par entrée de `blanks`
load-gap-no-answer = le trou { $gap } n'a aucune réponse acceptée
load-numeric-no-answer = aucune réponse : donnez `answer` (avec une `tolerance` facultative), `range` ou `answers`
# one answer of several, and what is wrong with it
load-nth-answer = réponse { $answer } : { $message }
load-not-finite = les nombres doivent être finis
load-negative-tolerance = `tolerance` doit valoir 0 ou plus, pas { $tolerance }
load-backwards-range = l'intervalle [{ $low }, { $high }] est à l'envers : écrivez d'abord la borne inférieure
load-bad-credit = `credit` doit être un pourcentage de 0 à 100, pas { $credit }
# `full`: `credit: 100`
load-no-full-credit = aucune réponse ne donne tous les points : donnez { $full } à l'une d'elles (c'est la valeur par défaut)
# `amphi new`'s refusals (src/author/scaffold.rs)
check-new-bad-title = le titre doit tenir sur une ligne et ne pas être vide
check-new-bad-id = l'identifiant `{ $id }` doit être non vide et ne contenir que des lettres, des chiffres, `-`, `_` et `.`
check-new-not-empty = { $path } n'est pas vide : donnez un nouveau dossier, ou un dossier vide
check-new-not-a-folder = { $path } existe et n'est pas un dossier
# `error`: the system's own words
check-new-cannot-write = impossible d'écrire { $path } : { $error }
# what a `see:` value should be, in serde's "invalid type: …, expected …"
load-expecting-see-link = un lien vers une leçon tel que `lesson-id#heading-slug`
# un identifiant d'entrée du glossaire donné deux fois
load-duplicate-glossary-id = identifiant de glossaire `{ $id }` en double (déjà donné pour `{ $first }`)
# (end of section `diag-validate`)


## `amphi import`: the command, its report, GIFT and mdBook notes
## (section `import-report`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# les mots de la commande : ce qu'elle a fait, et ses refus (après `amphi: `)
import-done = { $source } a été importé dans { $dir } (rapport dans { $report }).
import-does-not-check = le cours importé dans { $dir } ne passe pas la vérification (un bogue de l'importateur d'amphi) :
import-not-added = le cours a été écrit dans { $dir } (rapport dans { $report }) mais n'a pas été ajouté : { $why }
import-refused = { $source } : { $why } ; rien n'a été écrit
import-not-utf8 = { $source } : la ligne { $line } n'est pas en UTF-8 : enregistrez le fichier en UTF-8 puis importez-le de nouveau ; rien n'a été écrit
import-gift-too-large = { $source } dépasse { $max } octets, la taille maximale d'une banque GIFT ; rien n'a été écrit
import-gift-refused-by-moodle = Moodle refuse { $source }, amphi aussi ; rien n'a été écrit :
import-gift-nothing = rien dans { $source } ne peut être importé (aucune question ni description qu'amphi sache représenter) ; rien n'a été écrit :
import-gift-default-title = Banque GIFT importée
import-mdbook-not-a-folder = { $source } n'est pas un dossier : un livre mdBook est le dossier qui contient book.toml
import-mdbook-nothing = rien dans { $source } ne peut être importé (aucun chapitre qu'amphi sache représenter) ; rien n'a été écrit :
import-cannot-read-source = impossible de lire { $source } : { $error }
import-unknown-folder = { $source } est un dossier sans book.toml (mdBook) ni course.xml (Open edX) : précisez --from
import-unknown-format = impossible de reconnaître le format de { $source } : précisez --from gift, olx ou mdbook
import-cannot-read = impossible de lire { $path } : { $error }
import-not-a-file = { $path } n'est pas un fichier
import-out-symlink = { $path } est un lien symbolique : donnez le dossier lui-même
import-out-not-a-folder = { $path } existe et n'est pas un dossier
import-out-not-empty = { $path } n'est pas vide : ajoutez --force pour écrire dedans (les fichiers de même nom sont remplacés)
import-cannot-create = impossible de créer { $path } : { $error }
import-cannot-open = impossible d'ouvrir { $path } : { $error }
import-cannot-write = impossible d'écrire { $path } : { $error }
import-refusing-to-write = amphi refuse d'écrire { $file } dans { $dir } : { $why }
import-path-leaves-folder = ce chemin sort du dossier
import-symlink-on-the-way = un lien symbolique se trouve sur le chemin

# la ligne de progression sur stderr (`{ $msg }`, `{ $bar }`, `{ $pos }` et `{ $len }` sont les marques de la barre)
import-progress-reading = lecture de { $source }
import-progress-converting = conversion
import-progress-converting-files = { $count ->
    [one] conversion de { $count } fichier
   *[other] conversion de { $count } fichiers
}
import-progress-writing = écriture
import-progress-checking = vérification du cours
import-progress-bar = { $msg } { $bar } { $pos }/{ $len } fichiers

# le rapport (affiché, et écrit dans IMPORT.md)
import-report-title = # Importation de { $source } ({ $format })
import-report-unknown-format = format inconnu
import-report-course = Cours `{ $id }` « { $title } » : { $modules ->
    [one] { $modules } module
   *[other] { $modules } modules
}, { $items ->
    [one] { $items } élément
   *[other] { $items } éléments
}, { $questions ->
    [one] { $questions } question
   *[other] { $questions } questions
}.
import-report-kind = type { $format }
import-report-found = trouvés
import-report-converted = convertis
import-report-approximated-column = approximés
import-report-left-out-column = laissés de côté
import-report-approximated = Convertis approximativement
import-report-left-out = Laissés de côté
import-report-warnings = Avertissements de la lecture { $format }
import-report-note = { $place }, { $kind } « { $name } » : { $message }
import-report-warning = { $place } : { $message }
import-place-source = la source
import-place-line = ligne { $line }
import-at-line = ligne { $line } : { $message }
import-percent = { $value } %
import-percent-decimal = { $whole },{ $fraction } %

# les types du tableau du rapport, nommés comme les utilisateurs de GIFT (Moodle) et de mdBook les connaissent
import-kind-gift-category = catégorie
import-kind-gift-description = description
import-kind-gift-essay = composition
import-kind-gift-true-false = vrai/faux
import-kind-gift-multiple-choice = choix multiple
import-kind-gift-multiple-answer = choix multiple à plusieurs réponses
import-kind-gift-short-answer = réponse courte
import-kind-gift-matching = appariement
import-kind-gift-missing-word = mot manquant
import-kind-gift-numerical = numérique
import-kind-mdbook-part = partie
import-kind-mdbook-chapter = chapitre
import-kind-mdbook-draft-chapter = chapitre en brouillon
import-kind-mdbook-include = inclusion
import-kind-mdbook-image = image
import-kind-mdbook-link = lien
import-kind-mdbook-quiz = quiz
import-kind-mdbook-other-question = autre question

# les avertissements de la lecture GIFT (src/import/gift/mod.rs)
import-gift-crlf = les lignes finissent par CRLF ; elles sont lues comme LF
import-gift-cr-only = le fichier n'a aucun saut de ligne (LF) ; ses lignes sont coupées aux retours chariot
import-gift-zero-line = une ligne qui ne contient que `0` compte comme une ligne vide et termine la question
import-gift-placeholder = le texte contient un marqueur d'échappement de Moodle (comme { $example }), que Moodle remplace par un caractère
import-gift-category-no-blank = pas de ligne vide après { $mark } : les lignes qui suivent s'ajoutent au nom de la catégorie et leur question est perdue
import-gift-unclosed-title = { $mark } ouvre un titre qui n'est jamais fermé : la question n'a pas de titre
import-gift-duplicate-title = même titre que la question de la ligne { $line }
import-gift-format-tag-alone = une balise de format seule sur sa ligne s'applique au texte qui la suit
import-gift-empty-text = le texte de la question est vide
import-gift-indentation-lost = ligne indentée dans un texte Markdown ou <pre> : chaque ligne est rognée, l'indentation est donc perdue
import-gift-closing-brace-first = `{ "}" }` vient avant le premier `{ "{" }` : le bloc de réponses est mal lu
import-gift-second-block = un deuxième `{ "{" }` après le bloc de réponses : seul le premier bloc est lu, le reste demeure du texte
import-gift-empty-answer = une réponse au texte vide (comme en produit `~=`) : elle est supprimée
import-gift-full-credit-without-equals = note maximale sans `=` : la question devient à plusieurs réponses (cases à cocher) ; écrivez `=` devant la seule bonne réponse
import-gift-weight-not-read = ce { $mark } n'est pas lu comme une pondération (il faut un nombre, comme { $example } ou { $negative }) : la réponse vaut 0 et garde ce texte
import-gift-weight-out-of-range = une pondération hors de { $range }
import-gift-not-a-number = une réponse numérique qui n'est pas un nombre : toute réponse est acceptée
import-gift-true-false-case = vrai/faux s'écrit T, TRUE, F ou FALSE : c'est donc une question à réponse courte

# pourquoi la lecture GIFT refuse une banque (les refus de Moodle, chacun après `ligne N : `)
import-gift-file-too-large = le fichier fait { $bytes } octets ; les banques GIFT de plus de { $max } octets sont refusées
import-gift-empty = le fichier ne contient aucune question
import-gift-brace-mismatch = un bloc de réponses demande à la fois `{ "{" }` et `{ "}" }`
import-gift-too-few-answers = { $needed ->
    [one] ce type de question demande au moins une réponse
   *[other] ce type de question demande au moins { $needed } réponses
}
import-gift-matching-no-arrow = une réponse d'appariement demande `->` entre ses deux côtés
import-gift-tolerance-not-a-number = la tolérance après { $mark } n'est pas un nombre
import-gift-range-not-a-number = les bornes de `min..max` doivent être des nombres
import-gift-bad-weight = une pondération a plus d'un signe moins

# les questions GIFT approchées ou laissées de côté, et les limites d'une banque (src/import/gift/course.rs)
import-gift-category-unused = aucune question n'y est classée
import-gift-category-too-many-questions = la catégorie « { $category } » contient { $count } questions ; un quiz amphi en contient au plus { $max } : divisez la catégorie
import-gift-category-too-many-items = la catégorie « { $category } » donnerait plus de { $max } éléments ou sections, le maximum d'un module
import-gift-too-many-categories = la banque a plus de { $max } catégories de premier niveau avec des questions ; un cours a au plus { $max } modules
import-gift-description-empty = la description n'a pas de texte
import-gift-tags-dropped = ses étiquettes ({ $tags }) ne sont pas conservées
import-gift-empty-text-title = le texte de la question est vide : son titre sert d'énoncé
import-gift-empty-answer-dropped = une réponse vide valant { $worth } est laissée de côté
import-gift-answer-twice = la réponse « { $answer } » est donnée deux fois : elle n'est gardée qu'une fois
import-gift-too-few-choices = moins de deux réponses avec du texte
import-gift-no-credit = aucune réponse ne rapporte de points
import-gift-best-answer = la meilleure réponse vaut { $worth } dans Moodle ; ici, c'est la bonne réponse
import-gift-partial-choice-wrong = le choix { $choice } vaut { $worth } dans Moodle ; ici, il est faux
import-gift-weights-become-right-wrong = les pondérations de Moodle deviennent des choix justes (pondération positive) ou faux ; la note compte les bons choix cochés moins les mauvais
import-gift-partial-answer-refused = « { $answer } » vaut { $worth } dans Moodle ; ici, cette réponse n'est pas acceptée
import-gift-feedback-to-explanation = le feedback de « { $answer } » est ajouté à l'explication
import-gift-wildcard-blank = les réponses avec `*` ne peuvent pas remplir un blanc : elles sont laissées de côté
import-gift-no-answer-for-blank = aucune réponse entièrement juste sans `*` pour remplir le blanc
import-gift-no-right-answer = aucune réponse entièrement juste
import-gift-extra-wrong-answer = la mauvaise réponse supplémentaire « { $answer } » est laissée de côté
import-gift-two-items-match = deux éléments correspondent à « { $answer } » ; amphi demande une réponse différente pour chacun
import-gift-item-twice = l'élément « { $item } » est donné deux fois
import-gift-too-few-pairs = moins de deux paires
import-gift-negative-weight = une pondération de { $worth } devient 0 %
import-gift-other-feedback-to-explanation = le feedback pour toute autre réponse est ajouté à l'explication
import-gift-any-answer-dropped = une réponse qui accepte n'importe quoi (valant { $worth }) est laissée de côté
import-gift-unusable-number = la réponse de la ligne { $line } n'est pas un nombre ou un intervalle utilisable : elle est laissée de côté
import-gift-no-full-credit-number = aucun nombre ne donne la note maximale
import-gift-too-many-answers = { $count } réponses ; une question en a au plus { $max }
import-gift-blank-in-prompt = le blanc reste dans l'énoncé sous la forme `_____` ; les réponses le remplissent
import-gift-image-not-copied = l'image { $image } n'est pas copiée : sa description est conservée

# pourquoi un livre mdBook est refusé, et les remarques de sa lecture (src/import/mdbook/mod.rs)
import-mdbook-cannot-read = impossible de lire { $file } : { $error }
import-mdbook-not-a-file = ce n'est pas un fichier
import-mdbook-file-too-large = { $file } dépasse { $max } octets, la taille maximale d'un fichier texte du livre
import-mdbook-book-too-large = avec { $file }, les fichiers du livre dépassent { $max } octets au total, le maximum pour un livre
import-mdbook-not-utf8 = { $file } : la ligne { $line } n'est pas en UTF-8 : enregistrez le fichier en UTF-8 puis importez-le de nouveau
import-mdbook-bad-config = { $file } : { $error }
import-mdbook-book-not-a-table = { $key } n'est pas une table
import-mdbook-key-not-a-string = { $key } n'est pas une chaîne : il est ignoré
import-mdbook-src-leaves-book = { $src } sort du dossier du livre : donnez un dossier à l'intérieur
import-mdbook-link-names-no-file = son lien ne désigne aucun fichier
import-mdbook-absolute-path = { $file } est un chemin absolu : il sort du livre
import-mdbook-leaves-book = { $file } sort du dossier du livre
import-mdbook-missing = { $file } est introuvable
import-mdbook-unreadable = { $file } ne peut pas être lu : { $error }
import-mdbook-symlink-outside = { $file } est un lien symbolique vers un endroit hors du livre
import-mdbook-path-not-a-file = { $file } n'est pas un fichier
import-mdbook-asset-too-large = { $file } dépasse { $max } octets, le maximum copié depuis un livre
import-mdbook-title-directive = elle fixe le titre de la page web ; amphi donne aux leçons les titres de SUMMARY.md
import-mdbook-includes-too-deep = les inclusions s'imbriquent ici sur plus de { $max } niveaux
import-mdbook-include-cycle = { $file } s'inclut lui-même (par cette inclusion) : c'est un cycle
import-mdbook-no-anchor = { $file } n'a pas d'ancre { $anchor } : rien n'est inclus
import-mdbook-rustdoc-include = les lignes visibles sont incluses ; le reste du fichier, masqué par mdBook, est laissé de côté
import-mdbook-playground = un bloc de code à lire : amphi n'exécute pas de code
import-mdbook-playground-attributes = un bloc de code à lire (ses attributs { $attributes } sont abandonnés) : amphi n'exécute pas de code
import-mdbook-other-directive = une directive d'un autre préprocesseur mdBook : laissée telle quelle
import-mdbook-quiz-no-questions = il n'a pas de { $table }
import-mdbook-quiz-no-type = il n'a pas de `type`
import-mdbook-quiz-unknown-type = son type { $type } n'est aucun de ceux de mdbook-quiz : { $known }
import-mdbook-heading-not-part = un titre de niveau { $level } n'est pas un titre de partie : il est ignoré
import-mdbook-part-after-suffix = un titre de partie après les chapitres de fin : lu comme une partie
import-mdbook-list-after-suffix = une liste après les chapitres de fin : lue comme des chapitres numérotés
import-mdbook-text-not-a-link = du texte qui n'est pas un lien vers un chapitre : il est ignoré
import-mdbook-lists-too-deep = des listes imbriquées sur plus de { $max } niveaux : ces chapitres sont ignorés
import-mdbook-item-not-a-link = un élément de liste qui n'est pas un lien vers un chapitre : il est ignoré, avec ses sous-éléments

# les chapitres, images, liens et questions de quiz mdBook approchés ou laissés de côté (src/import/mdbook/course.rs)
import-mdbook-part-empty = aucun de ses chapitres n'a pu être importé
import-mdbook-part-too-large = « { $title } » donnerait plus de { $max } éléments ou sections, le maximum d'un module
import-mdbook-too-many-modules = le livre donnerait plus de { $max } modules, le maximum d'un cours
import-mdbook-link-to-empty-chapter = un lien vers un chapitre qui n'a donné aucun élément : il est devenu son texte suivi du titre du chapitre
import-mdbook-draft-chapter = un chapitre en brouillon (sans fichier) : mdBook ne le construit pas non plus
import-mdbook-chapter-unread = { $file } n'a pas pu être lu
import-mdbook-quiz-not-read = illisible : { $why }
import-mdbook-quiz-empty = aucune de ses questions n'a pu être importée
import-mdbook-chapter-empty = le chapitre est vide
import-mdbook-image-web = { $address } est une adresse web : amphi ne la télécharge jamais, l'apprenant voit son texte alternatif
import-mdbook-image-not-copied = non copiée : { $why }
import-mdbook-link-not-a-chapter = { $file } n'est pas un chapitre du cours (un brouillon, ou absent de SUMMARY.md) : le lien est devenu son texte
import-mdbook-link-to-file = un lien vers le fichier { $file } : copié et proposé avec la leçon (la touche Entrée l'ouvre)
import-mdbook-link-left = laissé tel quel : { $why }
import-mdbook-multipart-missing = sa clé `multipart` ne désigne aucun texte dans { $table }
import-mdbook-choice-lines = un choix sur plusieurs lignes est affiché sur une seule
import-mdbook-choice-empty = un choix vide a été supprimé
import-mdbook-choice-twice = le choix « { $choice } », donné deux fois, n'est gardé qu'une fois
import-mdbook-choice-too-few = il lui faut une bonne réponse et au moins deux choix
import-mdbook-choice-order = mdbook-quiz mélange les choix à chaque affichage ; amphi les montre dans un ordre fixe
import-mdbook-answer-blank = il n'a aucune réponse non vide
import-mdbook-long-answer = une réponse longue ou en code se tape sur une ligne et est comparée aux réponses données
import-mdbook-tracing-multipart = une question Tracing forme un groupe à elle seule : son texte multipart n'est donc pas affiché avec elle
import-mdbook-tracing-no-output = le programme n'affiche rien : on demande seulement s'il compile
import-mdbook-tracing-no-line = la ligne de l'erreur n'est pas donnée : on demande seulement si le programme compile
import-mdbook-prompt-one-line = les paragraphes et le code de son énoncé sont affichés sur une seule ligne
# les mots qu'amphi écrit dans un cours importé de mdBook, dans la langue du livre (`language` de book.toml)
import-course-mdbook-description = Importé d'un livre mdBook par `amphi import` : voir IMPORT.md pour ce qui a été converti, approximé ou laissé de côté.
import-course-introduction = Introduction
import-course-appendix = Annexe
import-course-untitled-chapter = Chapitre sans titre
import-course-continued = { $title } (suite)
import-course-quiz = Quiz : { $chapter }
import-course-quiz-n = Quiz { $number } : { $chapter }
import-course-see-chapter = { $text } (voir « { $title } »)
import-course-offered-file = { $text } (le fichier { $file }, proposé avec cette leçon)
import-course-choose-one = Choisissez la réponse à la question ci-dessus.
import-course-choose-every = Choisissez toutes les réponses justes à la question ci-dessus.
import-course-type-answer = Tapez la réponse à la question ci-dessus.
import-course-tracing-compiles = Ce programme compile.
import-course-tracing-output = S'il compile, qu'affiche-t-il ?
import-course-tracing-output-lines = S'il compile, qu'affiche-t-il ? Tapez ses lignes sur une seule ligne, séparées par des espaces.
import-course-tracing-line = S'il ne compile pas, à quelle ligne le compilateur signale-t-il l'erreur ?
import-course-tracing-stimulus = Ce programme passe-t-il le compilateur ? Si oui, qu'affiche-t-il à l'exécution ? Sinon, à quelle ligne est l'erreur ? (Les lignes sont numérotées à gauche.)
# les mots qu'amphi écrit dans un cours importé de GIFT (en anglais pour l'instant : une banque ne déclare pas de langue)
import-course-gift-description = Importé d'une banque de questions Moodle GIFT par `amphi import` : voir IMPORT.md pour ce qui a été converti, approximé ou laissé de côté.
import-course-questions = Questions
import-course-quiz-alone = Quiz
import-course-question = Question
import-course-image = [image : { $alt }]
import-course-no-description = sans description
import-course-any-other-answer = Toute autre réponse
import-course-quoted = « { $text } »
import-course-feedback = { $label } : { $feedback }
import-course-fill-blank = Complétez le blanc.
import-course-statement-true = L'affirmation ci-dessus est-elle vraie ?
import-course-answer-above = Répondez à la question ci-dessus.
# (end of section `import-report`)


## `amphi import`: Open edX notes (src/import/olx/)
## (section `import-olx`: messages are added just below this comment, each group of
## messages preceded by a `#` comment line saying where they are used; the
## section ends at the next `##` heading)
#
# `amphi import`, un export Open edX refusé (src/import/olx/source.rs) : dit après `SOURCE : `
import-olx-cannot-read-source = impossible de le lire : { $reason }
import-olx-cannot-read = impossible de lire { $path } : { $reason }
import-olx-not-a-source = ce n’est ni un dossier contenant course.xml ni l’archive .tar.gz d’un export Open edX (le fichier n’est pas compressé en gzip)
import-olx-bad-gzip = sa compression gzip est endommagée ({ $detail })
import-olx-not-tar = une fois décompressé, ce n’est pas une archive tar, ou c’en est une endommagée ({ $detail })
import-olx-truncated = l’archive s’arrête au milieu de { $member } (elle est tronquée)
import-olx-no-course-xml = aucun course.xml à sa racine ni dans les deux niveaux de dossiers en dessous : ce n’est pas un export Open edX (OLX)
import-olx-several-courses = il contient plusieurs cours ({ $found }) : indiquez le dossier de celui à importer
import-olx-name-absolute = le membre { $member } est un chemin absolu : décompressée, une telle archive pourrait écrire hors du dossier du cours
import-olx-name-climbs = le membre { $member } remonte hors de l’archive par `..` : décompressée, une telle archive pourrait écrire hors du dossier du cours
import-olx-archive-link = le membre { $member } est un { $kind ->
        [hard] lien physique
       *[symbolic] lien symbolique
    } vers { $target } : les liens sont refusés dans un export (ils pourraient mener hors de celui-ci)
import-olx-special = { $member } est { $kind ->
        [fifo] un tube nommé (FIFO)
        [socket] une socket
        [block] un périphérique bloc
        [char] un périphérique caractère
        [contiguous] un fichier contigu
        [sparse] un fichier creux
        [type] un membre de type { $type }
       *[other] un fichier spécial
    }, et non un fichier ordinaire
import-olx-link-missing = le lien { $link } mène à { $target }, qui n’existe pas
import-olx-link-outside = le lien { $link } mène à { $target }, hors du dossier du cours : un lien ne peut mener qu’à un fichier de ce dossier
import-olx-link-folder = le lien { $link } mène au dossier { $target } : les liens vers des dossiers ne sont pas suivis (ils pourraient boucler)
import-olx-link-not-a-file = le lien { $link } mène à { $target }, qui n’est pas un fichier ordinaire
import-olx-file-and-folder = le membre { $member } est à la fois un fichier et le dossier d’autres membres
import-olx-name-not-utf8 = le nom { $name } n’est pas en UTF-8
import-olx-file-too-large = { $member } dépasse { $limit } octets, le maximum pour un fichier d’export
import-olx-too-many-entries = il compte plus de { $limit } fichiers et dossiers, le maximum pour un export
import-olx-too-large = il contient plus de { $limit } octets une fois décompressé, le maximum pour un export
import-olx-expands = il se décompresse en plus de { $limit } octets à partir de { $compressed } octets compressés (plus de { $factor } fois sa taille) : une bombe de décompression, ou autre chose qu’un export

# un fichier XML de l’export qui ne se lit pas (src/import/olx/source.rs) : `fichier:ligne:colonne : quoi`
# ($doctype est `<!DOCTYPE …>`, un argument pour que la typographie française laisse son `!`)
import-olx-xml-no-file = { $file } : fichier absent de l’export
import-olx-xml-not-utf8 = { $file }:{ $line } : pas en UTF-8
import-olx-xml-too-large = le XML dépasse { $limit } octets, le maximum pour un fichier
import-olx-xml-at = { $line }:{ $col } : { $what }
import-olx-xml-in-file-at = { $file }:{ $line }:{ $col } : { $what }
import-olx-in-file = { $file } : { $what }
import-olx-xml-dtd = une DTD ({ $doctype }) est refusée : ses entités pourraient grossir sans limite ou lire des fichiers hors de l’export
import-olx-xml-too-many-nodes = le XML a plus de { $limit } nœuds, le maximum pour un fichier (ou il est imbriqué trop profondément)
import-olx-xml-no-element = le XML n’a aucun élément
import-olx-xml-unclosed = le XML se termine avant que ses éléments soient fermés

# un export dont on ne peut faire un cours (src/import/olx/course.rs) : dit après `SOURCE : `
import-olx-no-course-file = pas de course.xml : ce n’est pas un export de cours Open edX
import-olx-not-a-course = course.xml ne contient pas d’élément <course>
import-olx-course-file-missing = course.xml désigne le fichier de cours { $file }, que l’export ne contient pas
import-olx-too-many-chapters = le cours a plus de { $limit } chapitres ; un cours amphi compte au plus { $limit } modules
import-olx-nothing = rien dans l’export ne peut être importé : aucun chapitre ne contient d’unité qu’amphi sache afficher
import-olx-too-many-items = la sous-section « { $title } » a plus de { $limit } éléments
import-olx-too-many-subsections = le chapitre « { $title } » a plus de { $limit } sous-sections
import-olx-too-many-questions = l’unité « { $title } » a plus de { $limit } questions, le maximum pour un quiz

# le rapport : pourquoi un composant sans équivalent est laissé de côté (le sujet est le composant)
import-olx-no-discussion = un forum de discussion vit sur le site Open edX ; amphi n’en a pas
import-olx-no-poll = un sondage recueille le vote de chaque apprenant sur le site Open edX
import-olx-no-survey = une enquête recueille les réponses de chaque apprenant sur le site Open edX
import-olx-no-word-cloud = un nuage de mots recueille les mots de chaque apprenant sur le site Open edX
import-olx-no-lti = un composant LTI lance l’outil d’un autre site, qui demande le réseau et ses clés
import-olx-no-openassessment = une évaluation à réponse ouverte est notée par les pairs ou l’équipe pédagogique sur le site Open edX
import-olx-no-drag-and-drop = le glisser-déposer n’a pas de question équivalente dans amphi
import-olx-no-library-content = il tire des problèmes au hasard dans une bibliothèque de contenus, que l’export ne contient pas
import-olx-no-split-test = il montre des contenus différents à différents groupes d’apprenants ; amphi montre le même cours à tous
import-olx-no-done = un bouton pour marquer l’unité comme terminée ; amphi marque les éléments terminés à mesure qu’ils sont lus
import-olx-no-staff-graded = le travail est rendu puis noté par l’équipe pédagogique sur le site Open edX
import-olx-no-wiki = un wiki de cours vit sur le site Open edX
import-olx-no-scorm = un paquet SCORM s’exécute dans un navigateur web
import-olx-no-other = amphi n’a pas d’équivalent pour ce type de composant
# la raison pour un élément désigné par sa balise, `<balise> : pourquoi`
import-olx-tag-why = <{ $tag }> : { $why }

# le rapport : chapitres, sous-sections, unités, composants html, vidéos laissés de côté ou approchés
import-olx-empty-subsection = aucune de ses unités ne contient quoi que ce soit qu’amphi sache afficher
import-olx-empty-chapter = aucune de ses sous-sections ne contient quoi que ce soit qu’amphi sache afficher
import-olx-empty-unit = elle ne contient rien qu’amphi sache afficher
import-olx-html-file-missing = son fichier HTML n’est pas dans l’export
import-olx-empty = il est vide
import-olx-nothing-to-read = il ne contient rien à lire ({ $notes })
import-olx-no-question = il ne contient aucune question qu’amphi sache poser
import-olx-conditional = montré à tous les apprenants, quelle que soit la condition
import-olx-annotations = le texte est gardé ; les notes de ses annotations sont laissées de côté
import-olx-video-nowhere = elle n’a aucune adresse où la regarder, et l’export ne contient aucun fichier vidéo
import-olx-one-transcript = seule la transcription « { $language } » a été importée (l’export contient aussi : { $others })
import-olx-transcript-unreadable = sa transcription { $file } n’a pas pu être lue
import-olx-no-transcript = elle n’a aucune transcription à lire
import-olx-duration-from-cue = sa durée est la fin du dernier sous-titre de sa transcription
import-olx-duration-from-end-time = sa durée est l’heure de fin de l’extrait que joue Open edX
import-olx-no-duration = l’export ne donne pas sa durée : elle est notée 0:00
import-olx-clip = Open edX n’en joue qu’un extrait (start_time, end_time) ; amphi la joue en entier

# le rapport : un problème laissé de côté ou approché (src/import/olx/problem.rs ; le sujet est le problème)
import-olx-problem-xml = son XML ne se lit pas : { $error }
import-olx-not-a-number = { $name }="{ $value }" n’est pas un nombre qu’amphi puisse utiliser : ignoré
import-olx-no-response = il n’a aucune réponse à noter
import-olx-python-script = ses valeurs viennent d’un script Python exécuté pour chaque apprenant ({ $names }), qu’amphi n’exécute pas
# un problème dont la réponse (ou chacune, toutes d’un même type) n’est pas convertie : $why est une tournure import-olx-response-*
import-olx-problem-not = { $why }
import-olx-parts-not = { $count ->
        [one] sa partie
       *[other] chacune de ses { $count } parties
    } : { $why }
import-olx-no-part-gradable = aucune de ses parties ne peut être notée : { $parts }
import-olx-part-left-out = { $part } (partie laissée de côté, son texte reste)
# une partie qui ne donne pas de question : $why est une tournure import-olx-response-* (…-not) ou une proposition (…-failed)
import-olx-part-not = partie { $part } ({ $name }) : { $why }
import-olx-response-not = { $name } : { $why }
import-olx-part-failed = partie { $part } ({ $name }) : { $why }
import-olx-response-failed = { $name } : { $why }
# pourquoi un type de réponse n’est pas converti (en français : un groupe nominal, après « : »)
import-olx-response-custom = une notation par le code Python propre au cours, qu’amphi n’exécute pas
import-olx-response-formula = une formule à saisir, vérifiée en l’évaluant sur des valeurs d’essai, ce qu’amphi ne sait pas faire
import-olx-response-schematic = un circuit à dessiner dans un éditeur de schémas, vérifié par simulation
import-olx-response-image = un clic sur une zone d’image, ce qu’un terminal ne peut pas offrir
import-olx-response-annotation = l’annotation d’un passage par des étiquettes, pour laquelle amphi n’a pas de question
import-olx-response-symbolic = une expression symbolique vérifiée par un système de calcul formel
import-olx-response-code = le code de l’apprenant, envoyé à un correcteur externe
import-olx-response-external = une réponse envoyée à un serveur de correction externe
import-olx-response-javascript = une notation par du JavaScript, qu’amphi n’exécute pas
import-olx-response-choicetext = des choix dans lesquels taper du texte, pour lesquels amphi n’a pas de question
import-olx-response-truefalse = un ancien type Open edX (plusieurs affirmations à cocher) qu’amphi ne lit pas
import-olx-response-chemical = une équation chimique vérifiée par l’analyseur de chimie d’Open edX
import-olx-response-jsinput = une activité JavaScript (jsinput) notée par le code Python du cours, qu’amphi n’exécute pas
import-olx-response-drag-and-drop = un glisser-déposer, pour lequel amphi n’a pas de question
import-olx-response-unknown = un type de réponse qu’amphi ne connaît pas ({ $name })
# le showanswer d’un problème, et quand il montre la réponse ($why)
import-olx-showanswer = showanswer="{ $value }" ({ $why }) devient le show_answers du quiz : { $to }
import-olx-showanswer-answered = une fois la bonne réponse donnée
import-olx-showanswer-correct-or-past-due = une fois la bonne réponse donnée, ou après l’échéance
import-olx-showanswer-finished = après l’échéance ou la dernière tentative, qu’amphi n’a pas
import-olx-showanswer-unknown = showanswer="{ $value }" n’est pas une valeur Open edX qu’amphi connaisse : ignoré
import-olx-solution-images = les images de la solution ne sont pas montrées (une explication tient en une ligne de texte)
import-olx-hintgroup = les indices choisis par une fonction Python (hintgroup) sont laissés de côté

# le rapport : une réponse convertie avec une approximation, ou pourquoi elle n’a pas pu l’être (src/import/olx/problem/responses.rs)
import-olx-no-element = il n’a pas de <{ $tag }>
import-olx-few-choices = il a moins de deux choix
import-olx-fixed-choices = les choix fixés à leur place (fixed="true") sont mélangés avec les autres
import-olx-answer-pool = answer-pool="{ $pool }" (un tirage au hasard parmi les choix) montre tous les choix
import-olx-partial-choice = le choix { $choice } rapporte une partie des points dans Open edX ; ici, il est faux
import-olx-no-right-choice = aucun choix n’est marqué comme juste
import-olx-several-right = { $count } choix sont marqués comme justes ; le choix unique d’amphi garde le premier
import-olx-tick-none = aucun choix n’est juste (la réponse est de n’en cocher aucun), ce que le choix multiple d’amphi ne sait pas demander
import-olx-unticked-hints = { $count ->
        [one] l’indice qu’Open edX montre quand un mauvais choix est à raison laissé décoché est laissé de côté
       *[other] les { $count } indices qu’Open edX montre quand un mauvais choix est à raison laissé décoché sont laissés de côté
    }
import-olx-compound-hints = { $count ->
        [one] l’indice pour une combinaison de choix (compoundhint) est laissé de côté
       *[other] les { $count } indices pour des combinaisons de choix (compoundhint) sont laissés de côté
    }
import-olx-partial-credit-choices = partial_credit="{ $value }" devient le crédit partiel d’amphi (bons choix cochés moins mauvais choix cochés)
import-olx-correcthint-feedback = le correcthint devient le commentaire du premier bon choix
# $number : le numéro de la liste déroulante, 0 quand c’est la seule du problème
import-olx-dropdown-few-options = { $number ->
        [0] la liste déroulante
       *[other] la liste déroulante { $number }
    } a moins de deux options
import-olx-dropdown-right-missing = la bonne option { $number ->
        [0] de la liste déroulante
       *[other] de la liste déroulante { $number }
    } ne fait pas partie de ses options
import-olx-no-answer = il n’a aucune réponse
import-olx-case-sensitive = sensible à la casse dans Open edX ; amphi ignore la casse
import-olx-answer-feedback = { $count ->
        [one] le commentaire sur une réponse donnée (stringequalhint) est dans l’explication
       *[other] les { $count } commentaires sur des réponses données (stringequalhint) sont dans l’explication
    }
import-olx-correcthint-explanation = le correcthint est dans l’explication
import-olx-bad-regexp = amphi ne sait pas lire son expression régulière `{ $pattern }` ({ $error })
import-olx-any-answer = toute réponse est juste (son motif accepte tout) : une réflexion non notée
import-olx-open-range = l’intervalle { $range } exclut une borne dans Open edX ; ceux d’amphi incluent les deux
import-olx-bad-range = son intervalle `{ $range }` n’est pas deux nombres, le plus petit puis le plus grand
import-olx-formula-answer = sa réponse `{ $answer }` est une formule ou une variable, qu’amphi ne sait pas évaluer
import-olx-bad-tolerance = sa tolérance `{ $tolerance }` n’est pas un nombre
import-olx-close-needs-tolerance = le crédit partiel pour une réponse proche demande une tolérance : laissé de côté
import-olx-partial-credit-unknown = partial_credit="{ $value }" est inconnu : laissé de côté
import-olx-partial-credit-half = le crédit partiel donne 50 % des points, comme par défaut dans Open edX

# le rapport : du HTML mis en Markdown (src/import/olx/html.rs)
import-olx-html-too-deep = balisage imbriqué trop profondément : seul son texte est gardé
import-olx-html-script = un script a été laissé de côté
import-olx-html-styles = des styles ont été laissés de côté
import-olx-html-form = des contrôles de formulaire (boutons, champs) ont été laissés de côté
import-olx-html-object = un dessin ou un objet intégré a été laissé de côté
import-olx-html-merged-cells = les cellules fusionnées d’un tableau n’ont pas été réparties sur leurs colonnes
import-olx-html-cell-on-one-line = une cellule de tableau contenant une liste ou plusieurs paragraphes a été mise sur une ligne
# $tag : iframe, video, audio ou embed ; $what : page, video ou audio
import-olx-html-embed-no-address = un élément <{ $tag }> intégré sans adresse a été laissé de côté
import-olx-html-embed-missing = { $what ->
        [video] une vidéo intégrée absente de l’export a été laissée de côté
        [audio] un son intégré absent de l’export a été laissé de côté
       *[page] une page intégrée absente de l’export a été laissée de côté
    }
import-olx-html-embed-link = { $what ->
        [video] une vidéo intégrée est devenue un lien vers elle
        [audio] un son intégré est devenu un lien vers lui
       *[page] une page intégrée est devenue un lien vers elle
    }
import-olx-html-link-as-text = un lien vers une page du site Open edX, ou vers un fichier absent de l’export, a été gardé comme texte
import-olx-html-web-image = une image du web est devenue un lien vers elle (amphi ne télécharge jamais d’images)
import-olx-html-missing-image = une image absente de l’export a été laissée de côté (sa description est gardée)

# les mots qu’amphi écrit dans un cours importé (dans la langue du cours quand amphi la parle, sinon en anglais)
import-olx-course-title = Cours Open edX importé
import-olx-course-description = Importé d’un export de cours Open edX par `amphi import` : voir IMPORT.md pour ce qui a été converti, approché et laissé de côté.
import-olx-title-chapter = Chapitre
import-olx-title-section = Section
import-olx-title-unit = Unité
import-olx-title-video = Vidéo
import-olx-title-continued = { $title } (suite)
import-olx-file-handout = Document d’accompagnement
import-olx-file-track = Transcription à télécharger
# une leçon disant ce que contenait un composant laissé de côté (Markdown, suivi de son texte)
import-olx-lesson-not-imported = *Composant { $tag } non importé : { $why }.* Il disait :
import-olx-lesson-not-imported-named = *{ $tag } « { $name } » non importé : { $why }.* Il disait :
import-olx-lesson-answers = Réponses : { $answers }
# une leçon disant ce que demandait un problème laissé de côté (Markdown, suivi de son texte et de sa solution)
import-olx-lesson-not-a-question = *Ce problème Open edX n’est pas une question ici : { $why }. Voici ce qu’il demandait.*
import-olx-lesson-solution = Solution
# la consigne d’une question à laquelle son problème n’en donne pas
import-olx-prompt-single = Choisissez la bonne réponse.
import-olx-prompt-multiple = Choisissez toutes les bonnes réponses.
import-olx-prompt-short = Tapez votre réponse.
import-olx-prompt-numeric = Tapez le nombre.
import-olx-prompt-reflection = Écrivez votre réponse.
import-olx-parts-stimulus = { $count ->
        [one] Un problème en { $count } partie.
       *[other] Un problème en { $count } parties.
    }
import-olx-choice-no-text = (sans texte)
import-olx-if-you-answered = Si vous avez répondu « { $answer } » : { $feedback }
# une page, une vidéo ou un son intégrés, ou une image, quand leur propre texte ne les nomme pas
import-olx-html-video = Vidéo
import-olx-html-audio = Audio
import-olx-html-page = Page intégrée
import-olx-html-image = image
import-olx-html-image-placeholder = (image : { $alt })
# (end of section `import-olx`)
