using Strangler.Legacy.Platform.Hosting;
using Strangler.Legacy.Platform.Schema;

namespace Strangler.Legacy.Platform.Testing;

/// <summary>
/// Keeps <c>deploy/oracle/&lt;store&gt;.sql</c> equal to the Oracle DDL of a stand-in's migrations: written when
/// missing or when <c>STRANGLER_UPDATE_ORACLE_DDL=1</c>; otherwise a difference fails the calling test. The
/// store is named by its table prefix: <c>gts</c>, <c>emn</c>, <c>rcs</c>, <c>acc</c>.
/// </summary>
public static class OracleDdlFile
{
    public const string UpdateVariable = "STRANGLER_UPDATE_ORACLE_DDL";

    /// <summary><c>deploy/oracle/&lt;name&gt;.sql</c> of the repository holding the test binaries.</summary>
    public static string PathOf(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Strangler.sln")))
            {
                return Path.Combine(dir.FullName, "deploy", "oracle", name + ".sql");
            }
        }

        throw new InvalidOperationException("Cannot find Strangler.sln above the test binaries.");
    }

    /// <summary>The file name of a store: its table prefix in lower case without the underscore (<c>GTS_</c> → <c>gts</c>).</summary>
    public static string StoreName(IStandIn standIn)
    {
        ArgumentNullException.ThrowIfNull(standIn);
        return standIn.TablePrefix.TrimEnd('_').ToLowerInvariant();
    }

    /// <summary>Generates the DDL of <typeparamref name="T"/>; writes or compares <c>deploy/oracle/&lt;store&gt;.sql</c> as described above.</summary>
    public static string EnsureCurrent<T>()
        where T : IStandIn, new() => EnsureCurrent<T>(StoreName(new T()));

    /// <summary>The same with an explicit file name (without <c>.sql</c>).</summary>
    public static string EnsureCurrent<T>(string fileName)
        where T : IStandIn, new()
    {
        var standIn = new T();
        var ddl = SchemaMigrator.OracleDdl(standIn.MigrationsAssembly, standIn.TablePrefix);
        var path = PathOf(fileName);
        if (!File.Exists(path) || Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, ddl);
            return ddl;
        }

        if (File.ReadAllText(path) != ddl)
        {
            throw new InvalidOperationException(
                $"{path} is not the Oracle DDL of the current migrations of {standIn.Name}; run the test again with {UpdateVariable}=1 to rewrite it.");
        }

        return ddl;
    }
}
