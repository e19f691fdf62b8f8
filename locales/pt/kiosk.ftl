### Welcome Kiosk: Portuguese interface strings.
### Translation: machine translation (AI-assisted) from the English reference, not yet reviewed by a native speaker.
### Review status: not reviewed

# The language's own name, shown on the language picker.
-language-name = Português
-app-name = Welcome Kiosk

## Window

window-title = { -app-name }

## The bar on every screen

nav-home = Início
nav-back = Voltar
nav-language = Língua
nav-emergency = Emergência
nav-search = Pesquisar

## Reading aloud, text size and contrast (buttons with an icon; the words are for
## visitors who read them and for screen labels)

# On the speaker button of a page, the emergency screen and each home tile.
listen = Ouvir
listen-pause = Pausa
listen-resume = Continuar
listen-stop = Parar
listen-again = Repetir
listen-previous = Anterior
listen-next = Seguinte
volume-down = Mais baixo
volume-up = Mais alto
# In the bar: three text sizes, and a high-contrast palette.
text-size = Tamanho da letra
contrast = Contraste

## Language picker

language-heading = Escolha a sua língua
language-hint = Pode mudar de língua a qualquer momento com o botão Língua.
# Two switches for volunteers: change the language of everything, or only of the texts
# (for a visitor who reads one language but prefers buttons in another).
language-change-all = Mudar tudo
language-change-texts = Mudar só os textos
# Shown when the texts are in another language than the buttons. $ui and $content are
# language names.
language-split = Botões em { $ui } · textos em { $content }
# Picker with many languages: a heading over the languages the centre shows first, and one
# over all the others (grouped by writing system under it).
language-featured = As mais usadas aqui
language-more = Mais línguas
# The search field of a long picker, and what it says when nothing matches.
language-find = Escreva o nome da sua língua
language-find-nothing = Nenhuma língua encontrada. Experimente as primeiras letras ou peça ajuda a um voluntário.

## Home screen

home-heading = Bem-vindos
home-subheading = De que precisa? Toque numa imagem.

## Categories: home tiles and list headings

kind-guides = Os seus direitos
kind-jobs = Trabalho
kind-contacts = Emergência
kind-services = Serviços de apoio
kind-events = Eventos
kind-stories = Histórias

## Lists

# $count is the number of items in a list.
list-count =
    { $count ->
        [one] { $count } elemento
       *[other] { $count } elementos
    }
list-empty = Por agora não há nada aqui. Volte mais tarde, por favor.

## Notices on items

# $language is the visitor's language, $fallback the language the text is shown in.
fallback-notice = Ainda não existe em { $language } — aparece em { $fallback }.
machine-translation-notice = Este texto foi traduzido por um computador. Pode ter erros.
example-badge = Exemplo
example-notice = Isto é um exemplo para mostrar como funciona o quiosque. Não é informação real.
fictional-badge = História inventada
fictional-notice = Esta história é inventada, para mostrar como podem ser as histórias. Não é sobre uma pessoa real.

## Facts of an item

fact-phone = Telefone
fact-email = E-mail
fact-address = Morada
fact-place = Onde
fact-hours = Horário
fact-when = Quando
fact-website = Site
fact-employer = Empregador
fact-contract = Contrato
fact-working-hours = Horário de trabalho
fact-pay = Salário
fact-languages-needed = Línguas necessárias
fact-languages-spoken = Línguas faladas
fact-posted = Publicado em
fact-apply-before = Candidatar-se antes de

# $hours is a number of hours.
hours-per-week =
    { $hours ->
        [one] { $hours } hora por semana
       *[other] { $hours } horas por semana
    }
contract-permanent = Trabalho permanente
contract-temporary = Trabalho temporário
contract-seasonal = Trabalho sazonal
contract-apprenticeship = Aprendizagem

# $amount is a number with its decimals, $symbol the currency sign (€, kr…).
money = { $amount } { $symbol }

# $amount is an amount of money, already formatted with its currency.
pay-per-hour = { $amount } por hora
pay-per-day = { $amount } por dia
pay-per-week = { $amount } por semana
pay-per-month = { $amount } por mês
pay-per-year = { $amount } por ano

open-now = Aberto agora
closed-now = Fechado agora
# When a service opens or closes next. $time is a time of day (17:00, 5:00 PM), $day the
# name of a weekday (Thursday).
open-closes-today = Aberto agora · fecha às { $time }
open-closes-tomorrow = Aberto agora · fecha amanhã às { $time }
open-closes-day = Aberto agora · fecha { $day } às { $time }
closed-opens-today = Fechado · abre hoje às { $time }
closed-opens-tomorrow = Fechado · abre amanhã às { $time }
closed-opens-day = Fechado · abre { $day } às { $time }
open-always = Aberto dia e noite, todos os dias
free-call = Chamada gratuita
free-entry = Entrada gratuita

repeats-weekly = Todas as semanas
repeats-monthly = Todos os meses
repeats-yearly = Todos os anos

## Emergency screen

emergency-heading = Números de emergência
emergency-intro = Se alguém estiver em perigo, ligue para o 112. A chamada é gratuita.
urgent-badge = Urgente

## Attract screen, shown when nobody is using the kiosk

# Shown in every offered language in turn, each in its own language.
attract-touch = Toque para começar

## Idle warning: the kiosk starts again for the next person

idle-heading = Ainda está aí?
# $seconds is a number of seconds.
idle-countdown =
    { $seconds ->
        [one] Recomeça em { $seconds } segundo. O que viu vai ser apagado.
       *[other] Recomeça em { $seconds } segundos. O que viu vai ser apagado.
    }
idle-more-time = Preciso de mais tempo

## Volunteer panel (opened with a long press on the centre's name and a PIN)

pin-heading = PIN dos voluntários
pin-hint = Escreva o PIN e depois toque em OK.
pin-ok = OK
pin-clear = Apagar
pin-cancel = Cancelar
pin-wrong = PIN errado. Tente outra vez.
# $seconds is a number of seconds.
pin-locked =
    { $seconds ->
        [one] Demasiadas tentativas erradas. Espere { $seconds } segundo.
       *[other] Demasiadas tentativas erradas. Espere { $seconds } segundos.
    }
panel-heading = Painel dos voluntários
panel-content = Conteúdo mostrado
panel-bundle = Pacote
panel-version = Versão
panel-source = Origem
panel-problems = Problemas ao carregar
panel-no-problems = Sem problemas.
panel-default-language = Língua predefinida para a próxima pessoa
panel-reload = Recarregar o conteúdo
panel-reloaded = Conteúdo recarregado.
panel-exit = Sair do modo quiosque
# Asked before kiosk mode is left. $minutes is a number of minutes.
panel-exit-question =
    { $minutes ->
        [one] Sair do modo quiosque? Volta sozinho ao fim de { $minutes } minuto sem que ninguém toque no ecrã.
       *[other] Sair do modo quiosque? Volta sozinho ao fim de { $minutes } minutos sem que ninguém toque no ecrã.
    }
panel-exit-yes = Sim, sair
panel-exit-no = Não, ficar
panel-close = Fechar

## Search, with an on-screen keyboard

search-heading = Pesquisar
search-hint = Escreva uma palavra. Os resultados mudam enquanto escreve.
# In the empty search field.
search-placeholder = Escreva aqui
# $count is the number of results.
search-count =
    { $count ->
        [one] { $count } resultado
       *[other] { $count } resultados
    }
search-nothing = Nada encontrado. Experimente outra palavra ou escolha um tema.
search-clear = Apagar tudo
keyboard-space = Espaço
keyboard-backspace = Apagar
# On the key that shows the next keyboard (another alphabet).
keyboard-next = Outro teclado

## Take it home: QR codes for a phone's camera

qr-take-home = Leve para casa: aponte a câmara do seu telemóvel para este código.
qr-call = Leia o código com o telemóvel para ligar para este número.
qr-close = Fechar

## Job filters

filter-heading = Mostrar só
filter-all = Todos os trabalhos
filter-full-time = Tempo inteiro
filter-part-time = Tempo parcial
filter-new = Novos esta semana
# Followed by buttons with language names: only jobs that need no other language.
filter-languages = Falo
# $count is the number of jobs that match the filters.
filter-matching =
    { $count ->
        [0] Nenhum trabalho corresponde. Toque em «Todos os trabalhos».
        [one] { $count } trabalho corresponde
       *[other] { $count } trabalhos correspondem
    }

## Emergency alerts, shown over every screen until they end

# The big button under an alert that covers the whole screen.
alert-read = Já li
# What kind of alert it is (CAP severity levels, from the most to the least serious).
alert-extreme = Perigo extremo
alert-severe = Perigo
alert-moderate = Atenção
alert-minor = Informação
alert-unknown = Aviso
# $time is when the alert ends, like "18:00" or "Fri 18:00".
alert-until = Até { $time }
# On the strip of a less serious alert: tap to read all of it.
alert-more = Ler mais
# Followed by the places the alert is about.
alert-where = Onde:
# Heading above what people should do.
alert-what-to-do = O que fazer
# Button on an alert: opens the centre's emergency numbers.
alert-emergency = Números de emergência

## Night screen, outside the centre's opening hours

night-closed = O centro está fechado agora.
night-touch = Mesmo assim, pode usar este aparelho: toque aqui.

## Volunteer panel: alerts and usage counts

panel-alerts = Alertas mostrados agora
panel-alerts-none = Nenhum alerta mostrado.
panel-usage = Contagens de uso (quantas vezes cada página foi aberta)
panel-usage-save = Guardar as contagens de uso na pen USB
# $file is where the counts were written.
panel-usage-saved = Guardado em { $file }.
panel-usage-off = A contagem de uso está desligada na configuração.
panel-usage-no-folder = Não há nenhuma pasta USB configurada (watch_dir), por isso não é possível guardar nada.
