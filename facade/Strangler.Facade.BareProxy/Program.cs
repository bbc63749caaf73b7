// The baseline the facade is measured against (facade/loadtest): YARP as its documentation shows it, routes and
// clusters from configuration (section ReverseProxy), no service defaults, no middleware of ours.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();
app.MapReverseProxy();
app.Run();
