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
