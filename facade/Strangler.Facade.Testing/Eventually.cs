namespace Strangler.Facade.Testing;

/// <summary>Waits for something the facade does after answering (a mirror, a sweep, a poll). Not a timing assertion: the limit is only there so a broken build fails instead of hanging.</summary>
public static class Eventually
{
    public static async Task<T> Get<T>(Func<Task<T>> read, Func<T, bool> done, string what, double seconds = 30, Action? tick = null)
    {
        var limit = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > limit)
            {
                Assert.Fail($"Still waiting after {seconds} s for {what}; last value: {value}");
            }

            tick?.Invoke();
            await Task.Delay(50);
        }
    }
}
