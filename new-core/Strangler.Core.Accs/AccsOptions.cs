namespace Strangler.Core.Accs;

/// <summary>Configuration section <c>Accs</c>: how long a document check or physical examination takes before RL.</summary>
public sealed class AccsOptions
{
    public const string SectionName = "Accs";

    /// <summary>Hours from a DC or PX decision to its release (RL); 4 as in the legacy stand-in.</summary>
    public double ExaminationHours { get; set; } = 4;

    public TimeSpan ExaminationTime => TimeSpan.FromHours(ExaminationHours);
}
