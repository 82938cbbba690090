## Digests
digest-title = 📋 <b>Digest: { $places }</b>
    <i>{ $from } – { $to }</i>
digest-held-title = 🌅 <b>While alerts were held: { $places }</b>
    <i>{ $from } – { $to }</i>
digest-quiet = Quiet: nothing reported for these places in this period.
digest-total = Total: { $figures }
