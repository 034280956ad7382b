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
help-search = chercher dans le cours et le glossaire : chaque mot, dans tout ordre, sans tenir compte des accents
help-next-match = après une recherche : résultat suivant / précédent
help-glossary = glossaire : les termes expliqués ; Enter montre où un terme apparaît
help-bookmark = marquer l'endroit où vous lisez
help-bookmarks = signets : Enter y va, d supprime
help-note = écrire une note sur cet élément (Esc ou Ctrl-S enregistre)
help-choose = choisir une réponse (Space prend un élément à ordonner)
help-speaker = entretien : les propos d'un seul intervenant / exercice de mémoire (Enter dévoile)
help-true-false = répondre vrai / faux
help-retake = refaire un quiz ; R : s'exercer sur les seules questions manquées
help-last-attempt = sur la page d'un quiz : le résultat de la dernière tentative et sa revue
help-hint = montrer l'indice de la question
help-shared-text = groupe de questions : montrer ou replier le texte commun (mode simple : le redire)
help-review = revoir les questions à revoir (manquées dans des quiz)
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
about-language = langue { $language }
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
outline-read-short = ~{ $estimate }m
outline-both-long = ~{ $estimate } min · { $spent } min passées
outline-both-medium = { $spent } min sur ~{ $estimate } min
outline-both-short = { $spent }m sur ~{ $estimate }m
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
quiz-start-again = Enter ou r commence une nouvelle tentative
quiz-start = Appuyez sur Enter pour commencer.
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
quiz-right = ✓ Juste.
quiz-partly-right-points = ◐ En partie juste : { $earned } sur { $points }.
quiz-partly-right = ◐ En partie juste.
quiz-not-quite = ✗ Pas tout à fait.
quiz-answers-hidden = (ce quiz ne montre pas les bonnes réponses)
quiz-the-answer = La réponse : { $answer }
quiz-enter-next = Enter : question suivante
quiz-enter-score = Enter : voir votre score
quiz-enter-finish = Enter : terminer
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
quiz-keys-many = ↑↓ se déplacer · Space ou 1–9 cocher · Enter valider
quiz-keys-true-false = t vrai · f faux · Enter valider
quiz-keys-text = Tapez votre réponse · ←→ Home End se déplacer · Enter valider · Esc ou Tab sortir
quiz-keys-order-held = ↑↓ déplacer l'élément tenu · Space le poser · Enter valider
quiz-keys-order = ↑↓ se déplacer · Space prendre un élément · Enter valider
quiz-keys-pairs = ↑↓ choisir à gauche · 1–9 lui donner cette option (Space : la suivante) · Enter valider
quiz-keys-blanks = Tapez dans le blanc · ↑↓ autres blancs · Enter valider · Esc ou Tab sortir
quiz-keys-number = Tapez un nombre (, ou . pour les décimales) · Enter valider · Esc ou Tab sortir
quiz-keys-one = ↑↓ se déplacer · Space ou 1–9 choisir · Enter valider
quiz-keys-writing = Écrivez votre réponse · Enter à la ligne · Ctrl+S valider · Esc ou Tab sortir
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
quiz-key-next-item = Enter ou n élément suivant
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
review-enter-back = Appuyez sur Enter pour revenir à votre lecture.
review-from = De { $origin } · boîte { $box } sur { $boxes } · { $missed }
review-leech = ⚑ Question tenace : { $missed }.
review-leech-link = (o l'ouvre) plutôt que de deviner encore.
review-leech-reread = Relisez les leçons de « { $module } » plutôt que de deviner encore.
course-no-items = Ce cours n'a aucun élément.
key-then-x = Esc, puis x
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
notice-back-to-quiz = Backspace : retour au quiz.
notice-back-from-link = Backspace : retour là où était le lien.
said-selected-link = Sélectionné : lien vers { $place }. Enter l’ouvre.
notice-no-match = Aucun résultat dans cet élément : / cherche dans tout le cours.
notice-nothing-to-review = Rien à revoir : les questions manquées dans un quiz reviennent ici.
notice-enter-submits = Enter valide votre réponse (→ et l jamais : une touche égarée ne répond pas).
notice-no-wide-code = Aucun code plus large que le volet ici : < et > font défiler de côté le code large.
notice-n-after-search = n et N passent d'un résultat à l'autre après une recherche : / cherche dans le cours.
notice-backspace = Backspace revient au quiz après que o a ouvert un passage à relire.
notice-in-outline = Dans le plan : Enter ouvre l'élément choisi, Tab va au contenu.
notice-digits = 1–9 choisissent une réponse dans une question de quiz.
notice-t-f = t et f répondent à une question vrai/faux dans un quiz.
notice-h = H montre l'indice d'une question de quiz, quand elle en a un.
notice-r = r refait un quiz, depuis sa page ou son résultat.
notice-big-r = R fait travailler les réponses fausses d'un quiz, depuis sa page ou son résultat.
notice-big-l = L remontre la dernière tentative d'un quiz, depuis la page du quiz.
notice-start-first = Appuyez d'abord sur Enter pour commencer le quiz.
notice-no-attempt = Aucune tentative terminée : Enter commence le quiz.
notice-nothing-to-practise-last = Rien à travailler : toutes les réponses de votre dernière tentative étaient justes.
notice-in-review = Pendant une révision, Enter continue et Esc sort ; r R L agissent sur un quiz.
notice-finish-r = Terminez d'abord cette tentative : r refait le quiz depuis son résultat.
notice-finish-big-r = Terminez d'abord cette tentative : R fera ensuite travailler les questions manquées.
notice-finish-l = Terminez d'abord cette tentative : son résultat montrera ensuite vos réponses.
notice-already-answered = Déjà répondu : Enter continue.
notice-review-over = La révision est finie : Enter revient à votre lecture.
notice-quiz-over = Le quiz est fini : r le refait (R : seulement les questions manquées).
notice-last-result = Voici le résultat de votre dernière tentative : w va à ses erreurs.
notice-no-hint = Cette question n'a pas d'indice.
notice-hint-shown = L'indice est affiché sous la question.
notice-not-true-false = Ce n'est pas une question vrai/faux : t et f répondent à celles-là.
notice-x = x montre le texte commun d'un groupe de questions, sur une question qui en a un.
notice-tick-first = Cochez d'abord au moins une réponse : son numéro, ou ↑↓ puis Space.
notice-type-first = Tapez d'abord une réponse.
notice-write-first = Écrivez d'abord quelque chose : une réflexion n'est pas notée, mais une vide n'est pas gardée.
notice-number-first = Tapez d'abord un nombre.
notice-gap-first = Complétez d'abord au moins un blanc.
notice-pair-first = Donnez d'abord une option à au moins un élément de gauche : ↑↓ puis son numéro.
notice-pick-first = Choisissez d'abord une réponse : son numéro, ou ↑↓ puis Space.
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
spoken-search = Recherche : { $count } résultats. Enter va au résultat choisi, Esc ferme.
spoken-outline-section-folded = Plan : section { $section } sur { $sections } du module { $module }, { $title }, { $state }. Enter la déplie.
spoken-outline-section-unfolded = Plan : section { $section } sur { $sections } du module { $module }, { $title }, { $state }. Enter la replie.
spoken-outline-item = Plan : élément { $item } sur { $items }{ $section }, { $title }, { $state }. Enter l'ouvre.
spoken-enter-starts = Enter commence.
spoken-quiz-intro = Quiz, { $count } questions, seuil de réussite { $mark } %. { $next }
spoken-question = Question { $place } sur { $questions }{ $part }.
spoken-picked = Choisi : { $picked }.
spoken-hints-shown = Indices montrés : { $shown } sur { $count }.
spoken-enter-new-line = Enter va à la ligne, Ctrl+S valide.
spoken-enter-submits = Enter valide.
spoken-right = juste
spoken-wrong = fausse
spoken-answer-recorded = Réponse enregistrée : { $verdict }. Enter continue.
spoken-reflection-saved = Réflexion enregistrée, non notée. Enter continue.
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
spoken-glossary = Glossaire : terme { $number } sur { $count }, { $term }. Enter liste où il apparaît, Esc ferme.
spoken-glossary-none = Glossaire : ce cours n'en a pas. Esc ferme.
spoken-bookmarks = Signets : { $number } sur { $count }. Enter y va, d supprime, Esc ferme.
spoken-bookmarks-none = Signets : aucun pour l'instant. Esc ferme.
spoken-note = Note sur { $title } : ligne { $line } sur { $lines }, colonne { $column }. Esc enregistre et ferme.

## Les panneaux : glossaire, signets, éditeur de note, recherche

glossary-title = Glossaire · { $count ->
    [one] { $count } terme
   *[other] { $count } termes
}
glossary-none = Ce cours n'a pas de glossaire. Esc ferme.
glossary-keys = ↑↓ choisir · Enter : où il apparaît · Esc ferme
glossary-also = aussi : { $aliases }
bookmarks-title = Signets · { $count }
bookmarks-none = Aucun signet pour l'instant : m marque l'endroit où vous lisez. Esc ferme.
bookmarks-keys = ↑↓ choisir · Enter y va · d supprime · Esc ferme
note-title = Note · { $title }
note-keys = Esc ou Ctrl-S enregistre et ferme · Enter à la ligne · vide supprime
search-title = Chercher dans le cours
search-empty = Tapez des mots : les lignes des titres, leçons, entretiens, quiz et du glossaire qui les contiennent tous, dans tout ordre (dans l'ordre tapé d'abord), sans tenir compte de la casse ni des accents.
search-no-match = Aucun résultat.
search-one-match = 1 résultat · Enter l'ouvre · Esc ferme
search-first-matches = les { $count } premiers résultats · ↑↓ choisir · Enter ouvre · Esc ferme
search-matches = { $count } résultats · ↑↓ choisir · Enter ouvre · Esc ferme
search-in-glossary = { $count } dans le glossaire
search-uses = Emplois de { $names } (mots entiers)
search-glossary = Glossaire

## Leçons, entretiens et vidéos : les mots d'amphi autour de ceux du cours

interview-note = Note : { $note }
interview-drill = Exercice de mémoire : la réponse { $number } sur { $total } est cachée. Réfléchissez, puis appuyez sur Enter pour la dévoiler. d quitte l'exercice.
interview-drill-done = Exercice de mémoire terminé : les { $total } réponses sont dévoilées. d quitte l'exercice.
interview-only = Seulement les propos de { $speaker } ({ $shown } sur { $count }). s passe à l'intervenant suivant.
interview-hidden = réponse cachée — Enter la dévoile
files-title = Fichiers
files-keys = ↑ ↓ choisir, Enter ouvre
files-missing = absent
video-no-transcript = Pas de transcription : appuyez sur Enter pour lire
video-play = Lire depuis le début
video-transcript = Transcription
video-transcript-keys = Enter lit depuis la ligne choisie
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
cli-help-commands = Commandes
cli-help-example = Exemples :
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
cli-help-opt-import-source = Le fichier à importer (une banque GIFT)
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
cli-help-opt-export-out = Écrire dans FILE au lieu de la sortie standard
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
load-file-not-found = fichier introuvable
load-permission-denied = permission refusée
load-cannot-read = lecture impossible : { $error }
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
