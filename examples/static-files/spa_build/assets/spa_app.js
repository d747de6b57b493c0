// Stand-in for a bundler's output: renders the page for location.pathname.
document.getElementById("root").textContent = `You are on ${location.pathname}`;
