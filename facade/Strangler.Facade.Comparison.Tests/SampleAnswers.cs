using System.Globalization;
using Strangler.CargoImp.Answers;
using Strangler.Contracts.CheckDigits;
using Strangler.Contracts.Checking;
using Strangler.Contracts.Testing;
using Strangler.Edifact.Checking;
using Strangler.Edifact.Cuscar;
using Strangler.Edifact.Cusres;
using Strangler.Edifact.Envelope;
using Strangler.RocarsXml;
using Strangler.RocarsXml.Documents;

namespace Strangler.Facade.Comparison.Tests;

/// <summary>
/// The answers the contract samples must get (samples/README.md, "expected answer"), built with the
/// codecs' writers from the filled sample requests, as one system would write them under a stamp.
/// gets/05 gets the legacy answer (E004).
/// </summary>
internal static class SampleAnswers
{
    public static IEnumerable<object[]> Files =>
        new[] { "gets", "eman", "rocars", "accs" }.SelectMany(f => ContractSamples.Files(f).Select(n => new object[] { $"{f}/{n}" }));

    public static byte[] Request(string file) => ContractSamples.Read(file, AnswerStamp.Noon, _ => Ccrn(AnswerStamp.Legacy));

    public static byte[] Answer(string file, AnswerStamp stamp) => file[..file.IndexOf('/', StringComparison.Ordinal)] switch
    {
        "gets" => Edifact(file, EdifactInterface.Gets, "TRADELINK01", stamp),
        "eman" => Edifact(file, EdifactInterface.Eman, file.Contains("-air-", StringComparison.Ordinal) ? "CXCARGO" : "MSCUAGENT", stamp),
        "rocars" => Rocars(file, stamp),
        "accs" => Accs(file, stamp),
        _ => throw new ArgumentException(file, nameof(file)),
    };

    public static string Text(string file, AnswerStamp stamp) => System.Text.Encoding.UTF8.GetString(Answer(file, stamp));

    public static string Ccrn(AnswerStamp stamp) => CcrnNumber.Create(AnswerStamp.Day, stamp.Sequence(8));

    public static string BundleRef(AnswerStamp stamp) => "B261126" + stamp.Sequence(8).ToString("D8", CultureInfo.InvariantCulture);

    public static string Receipt(AnswerStamp stamp) => AccsReceiptNumber.Create(AnswerStamp.Day, stamp.Sequence(AccsReceiptNumber.SequenceDigits));

    /// <summary>The clearance query after rocars/04: GO or STOP for vehicle AB1234 at LMC.</summary>
    public static byte[] Clearance(AnswerStamp stamp, ClearanceDecision decision) =>
        RocarsWriter.Write(new ClearanceInstruction("AB1234", BundleRef(stamp), "LMC", decision, AnswerStamp.Noon));

    private static byte[] Edifact(string file, EdifactInterface edifactInterface, string partyId, AnswerStamp stamp)
    {
        var request = EnvelopeReader.Open(Request(file), edifactInterface);
        var messages = request.Messages.Select(m => Outcome(file, edifactInterface, AnswerSubject.Of(request, m), m, stamp));
        var envelope = AnswerEnvelope.For(request, partyId, AnswerStamp.Noon, stamp.AnswerRef) with { PreparedAt = stamp.PreparedAt };
        return CusresWriter.Write(CusresAnswers.Interchange(envelope, messages));
    }

    private static CusresMessage Outcome(string file, EdifactInterface edifactInterface, AnswerSubject subject, EdifactMessage message, AnswerStamp stamp)
    {
        var issued = Issued(edifactInterface == EdifactInterface.Gets ? "TD" : "EM", message, stamp);
        return (Path.GetFileName(file), message.Reference) switch
        {
            ("01-import-sea-accepted.edi", _) => Accepted(edifactInterface, subject, issued, ("161", "7.00")),
            ("02-export-air-late-penalty.edi", _) => Accepted(edifactInterface, subject, issued, ("161", "0.20"), ("55", "20.00")),
            ("03-vague-description-rejected.edi", _) => Rejected(edifactInterface, subject, EdifactErrors.Of("E015")),
            ("04-two-messages-one-bad-unt.edi", "M1") => Accepted(edifactInterface, subject, issued, ("161", "0.20")),
            ("04-two-messages-one-bad-unt.edi", _) => Rejected(edifactInterface, subject, EdifactErrors.Of("E003")),
            ("05-pre-shipment-new-core.edi", _) => Rejected(edifactInterface, subject, EdifactErrors.Of("E004")),
            ("01-sea-import-s1-accepted.edi" or "03-air-import-s2-accepted.edi", _) => Accepted(edifactInterface, subject, issued),
            ("02-bad-container-check-digit.edi", _) => Rejected(edifactInterface, subject, EmanErrors.ContainerNumber()),
            ("04-package-total-mismatch.edi", _) => Rejected(edifactInterface, subject, EmanErrors.ControlTotals()),
            _ => throw new ArgumentException($"No expected answer for {file} {message.Reference}", nameof(file)),
        };
    }

    // TDEC number or EMAN ref: prefix + the mode of the message's TDT + the received-at date + a 7-digit sequence.
    private static string Issued(string prefix, EdifactMessage message, AnswerStamp stamp) =>
        prefix + message.Segments.First(s => s.Tag == "TDT").Value(3) + "261126" + stamp.Sequence(7).ToString("D7", CultureInfo.InvariantCulture);

    private static CusresMessage Accepted(EdifactInterface edifactInterface, AnswerSubject subject, string issued, params (string Qualifier, string Amount)[] amounts) =>
        CusresAnswers.Acceptance(edifactInterface, subject, AnswerStamp.Noon, issued, [CusresAnswers.Accepted],
            amounts.Select(a => new CusresAmount(a.Qualifier, a.Amount)));

    private static CusresMessage Rejected(EdifactInterface edifactInterface, AnswerSubject subject, ContractError error) =>
        CusresAnswers.Rejection(edifactInterface, subject, AnswerStamp.Noon, [error]);

    private static byte[] Rocars(string file, AnswerStamp stamp)
    {
        var request = Request(file);
        var name = Path.GetFileName(file);
        var messageId = name == "04-bundle.xml"
            ? RocarsReader.ReadBundleSubmission(request).AnswerMessageId
            : RocarsReader.ReadAciSubmission(request, RocarsEndpoint.Aci).AnswerMessageId;
        var noon = AnswerStamp.Noon;
        return name switch
        {
            "01-aci-accepted.xml" => RocarsWriter.Write(AciResponse.Accepted(messageId, Ccrn(stamp), noon)),
            "02-aci-too-late-rejected.xml" => RocarsWriter.Write(AciResponse.Rejected(messageId, noon, [RocarsErrors.Error(RocarsErrors.R010)])),
            "03-aci-vague-rejected.xml" => RocarsWriter.Write(AciResponse.Rejected(messageId, noon, [RocarsErrors.Error(RocarsErrors.R012)])),
            "04-bundle.xml" => RocarsWriter.Write(BundleResponse.Bundled(messageId, BundleRef(stamp), noon)),
            "05-amend-bundled-rejected.xml" => RocarsWriter.Write(AciResponse.Rejected(messageId, noon, [RocarsErrors.Error(RocarsErrors.R021)])),
            "06-not-well-formed.xml" => RocarsWriter.Write(AciResponse.Rejected(messageId, noon, [RocarsErrors.Error(RocarsErrors.R001)])),
            _ => throw new ArgumentException($"No expected answer for {file}", nameof(file)),
        };
    }

    private static byte[] Accs(string file, AnswerStamp stamp)
    {
        var request = Request(file);
        return Path.GetFileName(file) switch
        {
            "01-fwb-accepted.txt" or "02-fhl-accepted.txt" or "03-ffm-accepted.txt" => AccsAnswer.Accepted(request, Receipt(stamp)),
            "04-fwb-bad-check-digit.txt" => AccsAnswer.Rejected(request, "A010"),
            "05-fhl-totals-mismatch.txt" => AccsAnswer.Rejected(request, "A013"),
            _ => throw new ArgumentException($"No expected answer for {file}", nameof(file)),
        };
    }
}
