namespace Strangler.Core.Model.Air;

/// <summary>One Customs action code given to an air waybill (NA, NC, DC, PX, RL) and when.</summary>
public sealed record ActionCodeEntry(string Code, DateTimeOffset At);
