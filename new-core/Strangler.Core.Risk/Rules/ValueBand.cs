namespace Strangler.Core.Risk.Rules;

/// <summary>The plausible value per kilogram, in HKD, inclusive at both ends.</summary>
public sealed record ValueBand(decimal MinHkdPerKg, decimal MaxHkdPerKg);
