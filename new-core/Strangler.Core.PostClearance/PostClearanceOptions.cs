using System.ComponentModel.DataAnnotations;

namespace Strangler.Core.PostClearance;

/// <summary>The <c>PostClearance</c> configuration section: how often the background run catches up.</summary>
public sealed class PostClearanceOptions
{
    public const string SectionName = "PostClearance";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);
}
