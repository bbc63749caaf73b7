using Strangler.Facade.Routing.Ownership;

namespace Strangler.Facade.Testing;

/// <summary>ROCARS lodgements through the facade, made from the samples.</summary>
public static class Road
{
    public static async Task<(int Status, string Body)> LodgeAsync(HttpClient shipper, DateTimeOffset now, string messageId) =>
        await Contract.PostAsync(shipper, "rocars/xml/v1/aci",
            Contract.Vary(Contract.Sample("rocars/01-aci-accepted.xml", now), ("ACI-0001", messageId)), "application/xml");

    public static async Task<(int Status, string Body)> AmendAsync(HttpClient shipper, DateTimeOffset now, string messageId, string ccrn) =>
        await Contract.PostAsync(shipper, "rocars/xml/v1/aci",
            Contract.Vary(Contract.Sample("rocars/05-amend-bundled-rejected.xml", now, _ => ccrn), ("ACI-0004", messageId)), "application/xml");

    public static string Ccrn(string answer) => Contract.Between(answer, "<Ccrn>", "</Ccrn>");

    /// <summary>A fresh message id whose canary bucket (with the shipper key) is below or at/above <paramref name="percent"/>.</summary>
    public static string MessageIdOnSide(string prefix, bool core, int percent)
    {
        for (var i = 0; ; i++)
        {
            var id = $"{prefix}-{i}";
            if (StickyBucket.Of("test-shipper|" + id) < percent == core)
            {
                return id;
            }
        }
    }
}
