## Abuse and bad input

# A command or button press over the per-user limit; sent once per window.
rate-limited = You are going a bit fast. Please wait { $seconds ->
    [one] a second
   *[other] { $seconds } seconds
  } and try again.
