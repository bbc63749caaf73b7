namespace Strangler.Parity.Reports;

/// <summary>The names of the files in a report folder.</summary>
public static class ReportFiles
{
    public const string Html = "report.html";
    public const string Csv = "findings.csv";
    public const string Json = "findings.json";
    public const string DataCsv = "data-findings.csv";
    public const string Manifest = "manifest.json";

    /// <summary>
    /// The files the manifest covers, in the order it lists them. Reports written before data-findings.csv existed list
    /// three files; verification follows each manifest's own list, so they still verify.
    /// </summary>
    public static IReadOnlyList<string> Covered { get; } = [Html, Csv, Json, DataCsv];
}
