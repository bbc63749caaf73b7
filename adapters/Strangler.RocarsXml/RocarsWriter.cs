using Strangler.Contracts.Checking;
using Strangler.RocarsXml.Documents;
using Strangler.RocarsXml.Writing;

namespace Strangler.RocarsXml;

/// <summary>
/// Writes each ROCARS document deterministically (same model, same bytes): elements in the layout's
/// order, optional ones only when set, weights with 3 decimals, values with 2, date-times in +08:00.
/// </summary>
public static class RocarsWriter
{
    public static byte[] Write(AciSubmission submission)
    {
        var x = new XmlOut("AciSubmission")
            .Leaf("MessageId", submission.MessageId)
            .Leaf("Function", submission.Function.Code())
            .OptionalLeaf("Ccrn", submission.Ccrn)
            .OptionalLeaf("Source", submission.Source);
        if (submission.Lodgement is { } lodgement)
        {
            WriteLodgement(x, lodgement);
        }

        return x.ToBytes();
    }

    public static byte[] Write(AciResponse response)
    {
        var x = new XmlOut("AciResponse")
            .Leaf("MessageId", response.MessageId)
            .Leaf("Status", response.Status.Code());
        if (response.Status == AciStatus.Accepted)
        {
            x.Leaf("Ccrn", response.Ccrn ?? throw new ArgumentException("An ACCEPTED AciResponse carries a CCRN.", nameof(response)));
        }

        x.Leaf("ReceivedAt", response.ReceivedAt);
        if (response.Status == AciStatus.Rejected)
        {
            WriteErrors(x, response.Errors);
        }

        return x.ToBytes();
    }

    public static byte[] Write(AciRecord record)
    {
        var x = new XmlOut("AciRecord")
            .Leaf("Ccrn", record.Ccrn)
            .Leaf("Status", record.Status.Code())
            .Leaf("Version", record.Version)
            .Leaf("ReceivedAt", record.ReceivedAt)
            .OptionalLeaf("Source", record.Source);
        WriteLodgement(x, record.Lodgement);
        return x.OptionalLeaf("BundleRef", record.BundleRef).ToBytes();
    }

    public static byte[] Write(BundleSubmission submission)
    {
        var x = new XmlOut("BundleSubmission")
            .Leaf("MessageId", submission.MessageId)
            .Leaf("Vrn", submission.Vrn)
            .Leaf("Direction", submission.Direction.Code())
            .Leaf("ControlPoint", submission.ControlPoint)
            .Leaf("ExpectedArrival", submission.ExpectedArrival)
            .Open("Ccrns");
        foreach (var ccrn in submission.Ccrns)
        {
            x.Leaf("Ccrn", ccrn);
        }

        return x.ToBytes();
    }

    public static byte[] Write(BundleResponse response)
    {
        var x = new XmlOut("BundleResponse")
            .Leaf("MessageId", response.MessageId)
            .Leaf("Status", response.Status.Code());
        if (response.Status != BundleStatus.Rejected)
        {
            x.Leaf("BundleRef", response.BundleRef ?? throw new ArgumentException("A BUNDLED or UNBUNDLED answer carries a BundleRef.", nameof(response)));
        }

        x.Leaf("ReceivedAt", response.ReceivedAt);
        if (response.Status == BundleStatus.Rejected)
        {
            WriteErrors(x, response.Errors);
        }

        return x.ToBytes();
    }

    public static byte[] Write(ClearanceInstruction instruction) =>
        new XmlOut("ClearanceInstruction")
            .Leaf("Vrn", instruction.Vrn)
            .Leaf("BundleRef", instruction.BundleRef)
            .Leaf("ControlPoint", instruction.ControlPoint)
            .Leaf("Instruction", instruction.Instruction.Code())
            .Leaf("IssuedAt", instruction.IssuedAt)
            .ToBytes();

    private static void WriteLodgement(XmlOut x, Lodgement lodgement)
    {
        x.Leaf("Direction", lodgement.Direction.Code())
            .Leaf("ControlPoint", lodgement.ControlPoint)
            .Leaf("ExpectedCrossing", lodgement.ExpectedCrossing);
        WriteParty(x, "Shipper", lodgement.Shipper);
        WriteParty(x, "Consignor", lodgement.Consignor);
        WriteParty(x, "Consignee", lodgement.Consignee);
        x.Open("Packages").Leaf("Count", lodgement.Packages.Count).Leaf("Description", lodgement.Packages.Description).Close();
        x.Open("Articles");
        foreach (var article in lodgement.Articles)
        {
            x.Open("Article")
                .Leaf("Description", article.Description)
                .OptionalLeaf("HsCode", article.HsCode)
                .Weight("GrossWeightKg", article.GrossWeightKg)
                .Amount("ValueHkd", article.ValueHkd)
                .Close();
        }

        x.Close();
    }

    private static void WriteParty(XmlOut x, string name, Party party) =>
        x.Open(name).Leaf("Name", party.Name).Leaf("Address", party.Address).Close();

    private static void WriteErrors(XmlOut x, IEnumerable<ContractError> errors)
    {
        x.Open("Errors");
        foreach (var error in errors)
        {
            x.Error(error.Code, error.Text);
        }

        x.Close();
    }
}
