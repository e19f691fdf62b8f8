### Welcome Kiosk: French interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Français
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Accueil
nav-back = Retour
nav-language = Langue
nav-emergency = Urgence
nav-search = Recherche

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Écouter
listen-pause = Pause
listen-resume = Reprendre
listen-stop = Arrêter
listen-again = Répéter
listen-previous = Précédent
listen-next = Suivant
volume-down = Moins fort
volume-up = Plus fort
# In the bar: three text sizes, and a high-contrast palette.
text-size = Taille du texte
contrast = Contraste

## Language picker

language-heading = Choisissez votre langue
language-hint = Vous pouvez changer de langue à tout moment avec le bouton Langue.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Tout changer
language-change-texts = Seulement les textes
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Boutons en { $ui } · textes en { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Les plus utilisées ici
language-more = Autres langues
# The search field of a long picker, and what it says when nothing matches.
language-find = Tapez le nom de votre langue
language-find-nothing = Aucune langue trouvée. Essayez les premières lettres, ou demandez à un ou une bénévole.

## Home screen

home-heading = Bienvenue
home-subheading = De quoi avez-vous besoin ? Touchez une image.

## Categories: home tiles and list headings

kind-guides = Vos droits
kind-jobs = Emplois
kind-contacts = Urgence
kind-services = Services d’aide
kind-events = Événements
kind-stories = Témoignages

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    }
list-empty = Il n’y a rien ici pour le moment. Revenez plus tard, s’il vous plaît.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Pas encore disponible en { $language } — affiché en { $fallback }.
machine-translation-notice = Un ordinateur a traduit ce texte. Il peut contenir des erreurs.
example-badge = Exemple
example-notice = Ceci est un exemple, pour montrer comment marche la borne. Ce ne sont pas de vraies informations.
fictional-badge = Histoire inventée
fictional-notice = Cette histoire est inventée, pour montrer à quoi les témoignages peuvent ressembler. Elle ne parle pas d’une vraie personne.

## Facts of an item

fact-phone = Téléphone
fact-email = E-mail
fact-address = Adresse
fact-place = Où
fact-hours = Heures d’ouverture
fact-when = Quand
fact-website = Site internet
fact-employer = Employeur
fact-contract = Contrat
fact-working-hours = Heures de travail
fact-pay = Salaire
fact-languages-needed = Langues demandées
fact-languages-spoken = Langues parlées
fact-posted = Publié le
fact-apply-before = Postuler avant le

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } heure par semaine
       *[other] { $hours } heures par semaine
    }
contract-permanent = Emploi fixe (CDI)
contract-temporary = Emploi temporaire
contract-seasonal = Emploi saisonnier
contract-apprenticeship = Apprentissage

money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } de l’heure
pay-per-day = { $amount } par jour
pay-per-week = { $amount } par semaine
pay-per-month = { $amount } par mois
pay-per-year = { $amount } par an

open-now = Ouvert maintenant
closed-now = Fermé maintenant
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Ouvert maintenant · ferme à { $time }
open-closes-tomorrow = Ouvert maintenant · ferme demain à { $time }
open-closes-day = Ouvert maintenant · ferme { $day } à { $time }
closed-opens-today = Fermé · ouvre aujourd’hui à { $time }
closed-opens-tomorrow = Fermé · ouvre demain à { $time }
closed-opens-day = Fermé · ouvre { $day } à { $time }
open-always = Ouvert jour et nuit, tous les jours
free-call = Appel gratuit
free-entry = Entrée gratuite

repeats-weekly = Chaque semaine
repeats-monthly = Chaque mois
repeats-yearly = Chaque année

## Emergency screen

emergency-heading = Numéros d’urgence
emergency-intro = Si quelqu’un est en danger, appelez le 112. L’appel est gratuit.
urgent-badge = Urgent

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Touchez l’écran pour commencer

## Idle warning: the kiosk starts again for the next person

idle-heading = Vous êtes toujours là ?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] La borne recommence dans { $seconds } seconde. Ce que vous avez regardé sera effacé.
       *[other] La borne recommence dans { $seconds } secondes. Ce que vous avez regardé sera effacé.
    }
idle-more-time = J’ai besoin de plus de temps

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = Code PIN des bénévoles
pin-hint = Tapez le code PIN, puis touchez OK.
pin-ok = OK
pin-clear = Effacer
pin-cancel = Annuler
pin-wrong = Code PIN incorrect. Essayez encore.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Trop d’essais incorrects. Attendez { $seconds } seconde.
       *[other] Trop d’essais incorrects. Attendez { $seconds } secondes.
    }
panel-heading = Espace bénévoles
panel-content = Contenu affiché
panel-bundle = Paquet de contenu
panel-version = Version
panel-source = Source
panel-problems = Problèmes trouvés au chargement
panel-no-problems = Aucun problème.
panel-default-language = Langue par défaut pour la prochaine personne
panel-reload = Recharger le contenu
panel-reloaded = Contenu rechargé.
panel-exit = Quitter le mode borne
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Quitter le mode borne ? Il revient tout seul après { $minutes } minute sans que personne ne touche l’écran.
       *[other] Quitter le mode borne ? Il revient tout seul après { $minutes } minutes sans que personne ne touche l’écran.
    }
panel-exit-yes = Oui, quitter
panel-exit-no = Non, rester
panel-close = Fermer

## Search, with an on-screen keyboard

search-heading = Recherche
search-hint = Tapez un mot. Les résultats changent pendant que vous tapez.
# In the empty search field.
search-placeholder = Tapez ici
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-nothing = Rien trouvé. Essayez un autre mot, ou choisissez un thème.
search-clear = Tout effacer
keyboard-space = Espace
keyboard-backspace = Effacer
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Autre clavier

## Take it home: QR codes for a phone's camera

qr-take-home = Pour l’emporter : dirigez l’appareil photo de votre téléphone vers ce code.
qr-call = Scannez avec votre téléphone pour appeler ce numéro.
qr-close = Fermer

## Job filters

filter-heading = Afficher seulement
filter-all = Tous les emplois
filter-full-time = Temps plein
filter-part-time = Temps partiel
filter-new = Nouveaux cette semaine
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Je parle
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Aucun emploi ne correspond. Touchez « Tous les emplois ».
        [one] { $count } emploi correspond
       *[other] { $count } emplois correspondent
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = J’ai lu
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Danger extrême
alert-severe = Danger
alert-moderate = Attention
alert-minor = Information
alert-unknown = Avis
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Jusqu’à { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Lire la suite
# Followed by the places the alert is about.
alert-where = Où :
# Heading above what people should do.
alert-what-to-do = Que faire
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Numéros d’urgence

## Night screen, outside the centre's opening hours

night-closed = Le centre est fermé maintenant.
night-touch = Vous pouvez quand même utiliser cet écran : touchez-le.

## Volunteer panel: alerts and usage counts

panel-alerts = Alertes affichées maintenant
panel-alerts-none = Aucune alerte n’est affichée.
panel-usage = Compteurs d’utilisation (combien de fois chaque page a été ouverte)
panel-usage-save = Enregistrer les compteurs sur la clé USB
# $file is where the counts were written.
panel-usage-saved = Enregistré dans { $file }.
panel-usage-off = Le comptage d’utilisation est désactivé dans la configuration.
panel-usage-no-folder = Aucun dossier USB n’est configuré (watch_dir) : rien ne peut être enregistré.
