// Bring the cited span into view and give it focus so screen readers land on it too.
(function () {
  var cited = document.getElementById("cited");
  if (!cited) return;
  cited.scrollIntoView({ block: "center" });
  cited.focus({ preventScroll: true });
})();
