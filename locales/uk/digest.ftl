## Digests
digest-title = 📋 <b>Дайджест: { $places }</b>
    <i>{ $from } – { $to }</i>
digest-held-title = 🌅 <b>Поки сповіщення були на паузі: { $places }</b>
    <i>{ $from } – { $to }</i>
digest-quiet = Тихо: за цей період про ці місця нічого не повідомлялося.
digest-total = Разом: { $figures }
