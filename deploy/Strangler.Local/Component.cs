using System.Reflection;

namespace Strangler.Local;

/// <summary>A built library of Strangler and what it is for.</summary>
internal sealed record Component(string Assembly, string Purpose)
{
    /// <summary>The libraries this command is built with (see the project references).</summary>
    public static IReadOnlyList<Component> Built { get; } =
    [
        new("Strangler.Contracts", "shared contract pieces: code lists, check digits, numbers, time, reference formats"),
        new("Strangler.Edifact", "codec, UN/EDIFACT: CUSDEC and CUSCAR in, CUSRES out (GETS, EMAN)"),
        new("Strangler.CargoImp", "codec, IATA Cargo-IMP: FWB, FHL, FFM in; FMA, FNA, CSN out (ACCS)"),
        new("Strangler.RocarsXml", "codec, ROCARS XML over HTTP (ROCARS)"),
        new("Strangler.Facade.Routing", "facade: transport modes, named references and issued references read from messages"),
        new("Strangler.Facade.Comparison", "facade: the first comparer of both systems' answers"),
    ];

    /// <summary>How many public types the assembly has, or null when it is not beside this program.</summary>
    public int? PublicTypeCount()
    {
        try
        {
            return System.Reflection.Assembly.Load(new AssemblyName(Assembly)).GetExportedTypes().Length;
        }
        catch (Exception failure) when (failure is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
