### Welcome Kiosk: Spanish interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Español
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Inicio
nav-back = Volver
nav-language = Idioma
nav-emergency = Emergencias
nav-search = Buscar

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Escuchar
listen-pause = Pausa
listen-resume = Seguir
listen-stop = Parar
listen-again = Repetir
listen-previous = Atrás
listen-next = Siguiente
volume-down = Bajar volumen
volume-up = Subir volumen
# In the bar: three text sizes, and a high-contrast palette.
text-size = Tamaño de letra
contrast = Contraste

## Language picker

language-heading = Elija su idioma
language-hint = Puede cambiar el idioma cuando quiera con el botón Idioma.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Cambiar todo
language-change-texts = Cambiar solo los textos
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Botones en { $ui } · textos en { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = Los más usados aquí
language-more = Más idiomas
# The search field of a long picker, and what it says when nothing matches.
language-find = Escriba el nombre de su idioma
language-find-nothing = No se ha encontrado ningún idioma. Pruebe con las primeras letras o pida ayuda a un voluntario.

## Home screen

home-heading = Bienvenidos
home-subheading = ¿Qué necesita? Toque una imagen.

## Categories: home tiles and list headings

kind-guides = Sus derechos
kind-jobs = Trabajo
kind-contacts = Emergencias
kind-services = Servicios de ayuda
kind-events = Actividades
kind-stories = Historias

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }
list-empty = Ahora no hay nada aquí. Vuelva más tarde, por favor.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Todavía no está en { $language } — se muestra en { $fallback }.
machine-translation-notice = Un ordenador ha traducido este texto. Puede tener errores.
example-badge = Ejemplo
example-notice = Esto es un ejemplo para mostrar cómo funciona el quiosco. No es información real.
fictional-badge = Historia inventada
fictional-notice = Esta historia es inventada, para mostrar cómo pueden ser las historias. No habla de una persona real.

## Facts of an item

fact-phone = Teléfono
fact-email = Correo electrónico
fact-address = Dirección
fact-place = Dónde
fact-hours = Horario
fact-when = Cuándo
fact-website = Página web
fact-employer = Empresa
fact-contract = Contrato
fact-working-hours = Horas de trabajo
fact-pay = Sueldo
fact-languages-needed = Idiomas necesarios
fact-languages-spoken = Idiomas que se hablan
fact-posted = Publicado el
fact-apply-before = Solicitar antes del

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } hora a la semana
       *[other] { $hours } horas a la semana
    }
contract-permanent = Trabajo fijo
contract-temporary = Trabajo temporal
contract-seasonal = Trabajo de temporada
contract-apprenticeship = Aprendizaje

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } la hora
pay-per-day = { $amount } al día
pay-per-week = { $amount } a la semana
pay-per-month = { $amount } al mes
pay-per-year = { $amount } al año

open-now = Abierto ahora
closed-now = Cerrado ahora
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Abierto ahora · cierra a las { $time }
open-closes-tomorrow = Abierto ahora · cierra mañana a las { $time }
open-closes-day = Abierto ahora · cierra el { $day } a las { $time }
closed-opens-today = Cerrado · abre hoy a las { $time }
closed-opens-tomorrow = Cerrado · abre mañana a las { $time }
closed-opens-day = Cerrado · abre el { $day } a las { $time }
open-always = Abierto día y noche, todos los días
free-call = Llamada gratis
free-entry = Entrada gratis

repeats-weekly = Cada semana
repeats-monthly = Cada mes
repeats-yearly = Cada año

## Emergency screen

emergency-heading = Números de emergencia
emergency-intro = Si alguien está en peligro, llame al 112. La llamada es gratis.
urgent-badge = Urgente

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Toque la pantalla para empezar

## Idle warning: the kiosk starts again for the next person

idle-heading = ¿Sigue ahí?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Empieza de nuevo en { $seconds } segundo. Se borrará lo que ha visto.
       *[other] Empieza de nuevo en { $seconds } segundos. Se borrará lo que ha visto.
    }
idle-more-time = Necesito más tiempo

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN de voluntarios
pin-hint = Escriba el PIN y pulse OK.
pin-ok = OK
pin-clear = Borrar
pin-cancel = Cancelar
pin-wrong = PIN incorrecto. Inténtelo de nuevo.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Demasiados intentos incorrectos. Espere { $seconds } segundo.
       *[other] Demasiados intentos incorrectos. Espere { $seconds } segundos.
    }
panel-heading = Panel de voluntarios
panel-content = Contenido mostrado
panel-bundle = Paquete
panel-version = Versión
panel-source = Origen
panel-problems = Problemas al cargar
panel-no-problems = No hay problemas.
panel-default-language = Idioma predeterminado para la próxima persona
panel-reload = Recargar el contenido
panel-reloaded = Contenido recargado.
panel-exit = Salir del modo quiosco
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] ¿Salir del modo quiosco? Vuelve solo después de { $minutes } minuto sin que nadie toque la pantalla.
       *[other] ¿Salir del modo quiosco? Vuelve solo después de { $minutes } minutos sin que nadie toque la pantalla.
    }
panel-exit-yes = Sí, salir
panel-exit-no = No, quedarme
panel-close = Cerrar

## Search, with an on-screen keyboard

search-heading = Buscar
search-hint = Escriba una palabra. Los resultados cambian mientras escribe.
# In the empty search field.
search-placeholder = Escriba aquí
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
search-nothing = No se ha encontrado nada. Pruebe otra palabra o elija un tema.
search-clear = Borrar todo
keyboard-space = Espacio
keyboard-backspace = Borrar
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Otro teclado

## Take it home: QR codes for a phone's camera

qr-take-home = Lléveselo: apunte a este código con la cámara de su móvil.
qr-call = Escanee con su móvil para llamar a este número.
qr-close = Cerrar

## Job filters

filter-heading = Mostrar solo
filter-all = Todos los trabajos
filter-full-time = Jornada completa
filter-part-time = Media jornada
filter-new = Nuevos esta semana
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Hablo
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Ningún trabajo coincide. Toque «Todos los trabajos».
        [one] { $count } trabajo coincide
       *[other] { $count } trabajos coinciden
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Lo he leído
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Peligro extremo
alert-severe = Peligro
alert-moderate = Advertencia
alert-minor = Información
alert-unknown = Aviso
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Hasta { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Leer más
# Followed by the places the alert is about.
alert-where = Dónde:
# Heading above what people should do.
alert-what-to-do = Qué hacer
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Números de emergencia

## Night screen, outside the centre's opening hours

night-closed = El centro está cerrado ahora.
night-touch = Puede usar esta pantalla igualmente: tóquela.

## Volunteer panel: alerts and usage counts

panel-alerts = Alertas mostradas ahora
panel-alerts-none = No se muestra ninguna alerta.
panel-usage = Recuento de uso (cuántas veces se abrió cada página)
panel-usage-save = Guardar el recuento de uso en la memoria USB
# $file is where the counts were written.
panel-usage-saved = Guardado en { $file }.
panel-usage-off = El recuento de uso está desactivado en la configuración.
panel-usage-no-folder = No hay ninguna carpeta USB configurada (watch_dir), así que no se puede guardar nada.
