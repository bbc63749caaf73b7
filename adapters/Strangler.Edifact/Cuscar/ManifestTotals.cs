namespace Strangler.Edifact.Cuscar;

/// <summary>The control totals as sent: CNT+11 packages, CNT+7 gross kg, CNT+16 containers (optional).</summary>
public sealed record ManifestTotals(string Packages, string GrossWeight, string? Containers);
