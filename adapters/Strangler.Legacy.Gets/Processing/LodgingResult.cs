using Strangler.Edifact.Cusres;

namespace Strangler.Legacy.Gets.Processing;

/// <summary>What one message was answered, with the outcome code the logs keep beside it.</summary>
internal sealed record LodgingResult(CusresMessage Answer, string Outcome);
