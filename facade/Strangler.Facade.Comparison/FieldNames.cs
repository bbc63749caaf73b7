namespace Strangler.Facade.Comparison;

/// <summary>Field names shared by the readers and the declared rules, so that the two cannot drift apart.</summary>
internal static class FieldNames
{
    public const string HttpStatus = "http.status";
    public const string Body = "body";
    public const string Omitted = "differences.omitted";

    public const string UnbDateTime = "UNB.4";
    public const string UnbInterchangeRef = "UNB.5";
    public const string UnzInterchangeRef = "UNZ.2";
    public const string AnswerIssuedReference = "RFF+ABT";
    public const string NoticeDocumentNumber = "BGM";

    public const string Ccrn = "Ccrn";
    public const string BundleRef = "BundleRef";

    public const string AccsAcceptance = "ACK/ACCEPTED/";
}
