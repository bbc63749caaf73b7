using Strangler.Facade.Routing.Edifact;

namespace Strangler.Facade.Routing.Tests.Edifact;

public sealed class EdifactRequestReaderAllocationTests
{
    [Theory]
    [InlineData("eman/01-sea-import-s1-accepted.edi")]
    [InlineData("gets/04-two-messages-one-bad-unt.edi")]
    public void Reading_a_sample_allocates_less_than_the_body_itself(string sample)
    {
        var body = Bodies.Sample(sample);
        _ = EdifactRequestReader.Read(body);

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = EdifactRequestReader.Read(body);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Decoding the body to a string alone would take twice its length.
        Assert.InRange(allocated, 1, body.Length);
    }
}
