<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>Baseline</name>
    <message>
        <location filename="../../orgeditor/ui/compare/baseline.py" line="+95"/>
        <source>line moved since the baseline</source>
        <translation>ligne déplacée depuis la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note revised since the baseline</source>
        <translation>remarque révisée depuis la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added since the baseline</source>
        <translation>ajoutée depuis la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed since the baseline</source>
        <translation>supprimée depuis la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed since the baseline</source>
        <translation>modifiée depuis la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same since the baseline</source>
        <translation>inchangée depuis la référence</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} (baseline)</source>
        <translation>{name} (référence)</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message numerus="yes">
        <location filename="../../orgeditor/render/painting.py" line="+105"/>
        <source>{count} post(s)</source>
        <translation>
            <numerusform>{count} poste</numerusform>
            <numerusform>{count} postes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangedOnDiskBar</name>
    <message>
        <location filename="../../orgeditor/ui/file_watch.py" line="+76"/>
        <source>Reload</source>
        <extracomment>Files larger than this are compared by size and time only (never read twice).</extracomment>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{file}” was deleted or moved on disk. Keep yours (Save writes it again).</source>
        <translation>« {file} » a été supprimé ou déplacé sur le disque. Gardez votre version (Enregistrer l’écrira de nouveau).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{file}” changed on disk. Reload it (your unsaved changes will be lost), or keep yours (Save will overwrite the file).</source>
        <translation>« {file} » a changé sur le disque. Rechargez-le (vos modifications non enregistrées seront perdues) ou gardez votre version (Enregistrer écrasera le fichier).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{file}” changed on disk. Reload it, or keep yours (Save will overwrite the file).</source>
        <translation>« {file} » a changé sur le disque. Rechargez-le ou gardez votre version (Enregistrer écrasera le fichier).</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../orgeditor/ui/view.py" line="+423"/>
        <source>Legend</source>
        <extracomment>The zoom steps: 10 % to 100 % in seven steps of ×1.39, then to 400 % in four of ×1.41. The least size (screen px) of the top levels&apos; card text in the opening view. Empty space the scene keeps around the chart (``ChartScene.fit_scene_rect``), scene px. Empty space the view scrolls to beyond the chart&apos;s cards, screen px. fit_all&apos;s arguments while the chart is to be fitted at each resize the scene area of the rubber band being drawn (selects far out when let go) the scope whose reporting lines are drawn at full strength (the others faded)</extracomment>
        <translation>Légende</translation>
    </message>
</context>
<context>
    <name>ChecksDock</name>
    <message>
        <location filename="../../orgeditor/ui/docks/checks.py" line="+125"/>
        <source>{severity}: {message}</source>
        <extracomment>The rule that reports a departure matching no finding. The longest passage text a finding&apos;s tool tip shows (cut at a word, with &quot;…&quot;). The longest quick fix label a menu shows (the whole label is its tool tip). The keys that open the selected finding&apos;s menu of fixes. Rows are listed most serious first, as the command line lists them. The columns as wide as their widest row: Cite and Rule.</extracomment>
        <translation>{severity} : {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Departure: {reason} ({cite}); otherwise {severity}
{message}</source>
        <translation>Dérogation : {reason} ({cite}) ; sinon {severity}
{message}</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This finding cites “{cite}” of the note.</source>
        <translation>Ce constat cite « {cite} » de la note.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This finding cites no paragraph of the note.</source>
        <translation>Ce constat ne cite aucun paragraphe de la note.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cite</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The paragraph a finding cites shows here.</source>
        <translation>Le paragraphe cité par un constat s’affiche ici.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quick Fixes…</source>
        <extracomment>finding -&gt; the quick fixes to offer in its menu (None: no quick fixes)</extracomment>
        <translation>&amp;Corrections rapides…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the selected finding&apos;s menu of quick fixes</source>
        <translation>Ouvrir le menu des corrections rapides du constat sélectionné</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Checks — {errors}, {warnings}</source>
        <translation>Vérifications — {errors}, {warnings}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Asks for the departure&apos;s reason and citation first</source>
        <translation>Demande d’abord le motif et la référence de la dérogation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied as one step: Edit ▸ Undo takes it back</source>
        <translation>Appliquée en une étape : Édition ▸ Annuler la défait</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record as a departure…</source>
        <translation>Consigner comme dérogation…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already a departure</source>
        <translation>déjà une dérogation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unused departure</source>
        <translation>une dérogation inutilisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>names no unit</source>
        <translation>ne nomme aucune entité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record as a departure ({reason})</source>
        <translation>Consigner comme dérogation ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This finding cannot be recorded as a departure: {reason}</source>
        <translation>Ce constat ne peut pas être consigné comme dérogation : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say that this chart departs from the rule here on purpose, and why</source>
        <translation>Indiquer que cet organigramme déroge ici à la règle à dessein, et pourquoi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove departure</source>
        <translation>Retirer la dérogation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the departure ({cite}): the finding counts again</source>
        <translation>Retirer la dérogation ({cite}) : le constat compte de nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove unused departure</source>
        <translation>Retirer la dérogation inutilisée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The departure this finding reports cannot be told apart</source>
        <translation>La dérogation que signale ce constat ne peut pas être distinguée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the departure from {rule} ({cite})</source>
        <translation>Retirer la dérogation à {rule} ({cite})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open {cite} in the note</source>
        <translation>Ouvrir {cite} dans la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the paragraph this finding cites in the Secretary-General&apos;s note</source>
        <translation>Lire le paragraphe que cite ce constat dans la note du Secrétaire général</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy message</source>
        <translation>Copier le message</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../orgeditor/commands/conflicts.py" line="+70"/>
        <source>Keep ours for {what}</source>
        <translation>Garder la nôtre pour {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take theirs for {what}</source>
        <translation>Prendre la leur pour {what}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
    <message>
        <location filename="../../orgeditor/commands/departures.py" line="+22"/>
        <source>Record departure from {rule}</source>
        <translation>Consigner une dérogation à {rule}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Remove departure from {rule}</source>
        <translation>Retirer la dérogation à {rule}</translation>
    </message>
    <message>
        <location filename="../../orgeditor/commands/layout.py" line="+21"/>
        <source>Re-layout</source>
        <translation>Redisposer</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pin {unit}</source>
        <translation>Épingler {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unpin {unit}</source>
        <translation>Désépingler {unit}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Collapse {unit}</source>
        <translation>Replier {unit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expand {unit}</source>
        <translation>Déplier {unit}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Lay Out Left to Right</source>
        <translation>Disposer de gauche à droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lay Out Top to Bottom</source>
        <translation>Disposer de haut en bas</translation>
    </message>
    <message>
        <location filename="../../orgeditor/commands/links.py" line="+17"/>
        <source>Add {kind} link</source>
        <translation>Ajouter un lien {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete {kind} link</source>
        <translation>Supprimer le lien {kind}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change {kind} link</source>
        <translation>Modifier le lien {kind}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Add group {group}</source>
        <translation>Ajouter le groupe {group}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Change group {group}</source>
        <translation>Modifier le groupe {group}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete group {group}</source>
        <translation>Supprimer le groupe {group}</translation>
    </message>
    <message>
        <location filename="../../orgeditor/commands/units.py" line="+26"/>
        <source>id</source>
        <extracomment>The undo-stack id of an :class:`UpdateUnit` that changes one field (see ``mergeWith``). What a user calls each field of a unit (a breakdown of posts is the posts); in English, translated where shown.</extracomment>
        <translation>l’identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>le type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short name</source>
        <translation>le sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head</source>
        <translation>le chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting lines</source>
        <translation>les lignes hiérarchiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>les régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <translation>la présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>functions</source>
        <translation>les fonctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>posts</source>
        <translation>les postes</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>note</source>
        <translation>la remarque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>formerly</source>
        <translation>la filiation (formerly)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Edit {field} of {unit}</source>
        <translation>Modifier {field} de {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit {unit}</source>
        <translation>Modifier {unit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add {unit}</source>
        <translation>Ajouter {unit}</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Change title</source>
        <translation>Modifier le titre</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Delete {unit} and its branch</source>
        <translation>Supprimer {unit} et sa branche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete {unit}</source>
        <translation>Supprimer {unit}</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <location filename="../../orgeditor/ui/compare_actions.py" line="+40"/>
        <source>Compare variants</source>
        <extracomment>The title of the file dialog of File ▸ Compare Variants… (translated when shown). The title of the file dialog of File ▸ Compare with… (translated when shown).</extracomment>
        <translation>Comparer des variantes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No baseline</source>
        <translation>Pas de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This chart names no baseline. Set one in the chart&apos;s properties (the variant it is compared with), or use File ▸ Compare with….</source>
        <translation>Cet organigramme n’indique pas de référence. Indiquez-en une dans les propriétés de l’organigramme (la variante à laquelle il est comparé) ou utilisez Fichier ▸ Comparer avec….</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the baseline</source>
        <translation>Impossible d’ouvrir la référence</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variants:</source>
        <translation>Variantes :</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose at least two variants to compare (the open chart counts as one once it is saved to a file).</source>
        <translation>Choisissez au moins deux variantes à comparer (l’organigramme ouvert compte pour une dès qu’il est enregistré dans un fichier).</translation>
    </message>
</context>
<context>
    <name>CompareApp</name>
    <message>
        <location filename="../../orgeditor/ui/compare/app.py" line="+56"/>
        <source>Compare charts</source>
        <translation>Comparer des organigrammes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A chart does not load:</source>
        <translation>Un organigramme ne se charge pas :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>CompareCardItem</name>
    <message>
        <location filename="../../orgeditor/ui/compare/items.py" line="+54"/>
        <source>added</source>
        <extracomment>(outline, fill) per drawing status; ``note`` and ``same`` keep the theme&apos;s own colours. The word on a card&apos;s tag per drawing status.</extracomment>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line moved</source>
        <translation>ligne déplacée</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>only in A (removed)</source>
        <extracomment>Below this level of detail (zoom) cards get a solid status wash and no tag. Below this level of detail cards are drawn as plain boxes (no text). The tag colour of a card whose unit is unchanged but carries a lineage (merged into). Trace colour of lines and links only one side has.</extracomment>
        <translation>seulement dans A (supprimée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only in B (added)</source>
        <translation>seulement dans B (ajoutée)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>only in A</source>
        <translation>seulement dans A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only in B</source>
        <translation>seulement dans B</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../../orgeditor/ui/compare/window.py" line="+95"/>
        <source>Units {a} → {b} ({change})</source>
        <extracomment>The zoom the window opens at, and the most a difference shown is zoomed in to: at 100 % no text of a card is below 9 px (its name and label 11 px and more). At most this many lines of findings in the header.</extracomment>
        <translation>Entités {a} → {b} ({change})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Posts {a} → {b} ({change})</source>
        <translation>Postes {a} → {b} ({change})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>errors {a} → {b}</source>
        <translation>erreurs {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warnings {a} → {b}</source>
        <translation>avertissements {a} → {b}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info {a} → {b}</source>
        <translation>remarques {a} → {b}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Findings not compared (a chart&apos;s rulebooks could not be loaded).</source>
        <translation>Constats non comparés (les règles d’un organigramme n’ont pas pu être chargées).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings: no change.</source>
        <translation>Constats : aucun changement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New: {finding}</source>
        <translation>Nouveau : {finding}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved: {finding}</source>
        <translation>Résolu : {finding}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> and {count} more</source>
        <translation> et {count} de plus</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Compare — {a} → {b}</source>
        <translation>Comparaison — {a} → {b}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>… and {count} more kinds of finding (see the list)</source>
        <translation>… et {count} autres types de constats (voir la liste)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed / line moved</source>
        <translation>modifiée / ligne déplacée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line only in B</source>
        <translation>ligne seulement dans B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line only in A</source>
        <translation>ligne seulement dans A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashed box: a unit only the other chart has</source>
        <translation>cadre en tirets : une entité que seul l’autre organigramme contient</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cards at their reading size (Ctrl+1)</source>
        <translation>Cartes à leur taille de lecture (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+161"/>
        <source>Stack</source>
        <translation>Empiler</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Show the charts side by side or one above the other</source>
        <translation>Afficher les organigrammes côte à côte ou l’un au-dessus de l’autre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The differences as a Markdown report, to read, copy or save</source>
        <translation>Les différences sous forme de rapport Markdown, à lire, copier ou enregistrer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Show both charts whole (Ctrl+0)</source>
        <translation>Afficher les deux organigrammes en entier (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../orgeditor/compare/report.py" line="+36"/>
        <source>✓ pass</source>
        <extracomment>How a status reads in a grid cell without colour (marked for the editor&apos;s translation, which shows ``translate(&quot;Comparison&quot;, mark)``; the reports keep the English).</extracomment>
        <translation>✓ respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ fail</source>
        <translation>✗ non respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ departure</source>
        <translation>◐ dérogation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>– n/a</source>
        <translation>– sans objet</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Units</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Senior posts (USG, ASG, D-2)</source>
        <translation>Postes de haut niveau (SGA, SSG, D-2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard annual cost</source>
        <translation>Coût annuel standard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisions failing</source>
        <translation>Dispositions non respectées</translation>
    </message>
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <location filename="../../orgeditor/ui/docks/conflicts.py" line="+403"/>
        <source>Resolve conflict</source>
        <translation>Résoudre le conflit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The value of {what}, as text; leave it empty for none:</source>
        <translation>La valeur de {what}, en texte ; laissez vide pour aucune :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value of {what}, as in the chart file (YAML); leave it empty for none:</source>
        <translation>La valeur de {what}, comme dans le fichier de l’organigramme (YAML) ; laissez vide pour aucune :</translation>
    </message>
</context>
<context>
    <name>ConflictsDock</name>
    <message>
        <location line="-358"/>
        <source>{unit} (missions)</source>
        <extracomment>Fields edited as plain text (one line, or several for notes and descriptions).</extracomment>
        <translation>{unit} (missions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} (non-mission)</source>
        <translation>{unit} (hors missions)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{total} in all</source>
        <translation>{total} au total</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(no such unit)</source>
        <translation>(entité inexistante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no link)</source>
        <translation>(aucun lien)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no such group)</source>
        <translation>(groupe inexistant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Merge conflicts</source>
        <translation>Conflits de fusion</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Keep ours</source>
        <translation>Garder la nôtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the chart as it is and drop the conflict</source>
        <translation>Laisser l’organigramme tel quel et abandonner le conflit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put THEIRS&apos; value in place (THEIRS deleted it: delete it)</source>
        <translation>Mettre en place la valeur de LEUR version (s’ils l’ont supprimée : la supprimer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the value you want</source>
        <translation>Écrire la valeur voulue</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No conflicts to resolve</source>
        <translation>Aucun conflit à résoudre</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n conflit à résoudre</numerusform>
            <numerusform>%n conflits à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Ours (now)</source>
        <translation>La nôtre (actuelle)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
</context>
<context>
    <name>CsvErrorsDialog</name>
    <message>
        <location filename="../../orgeditor/ui/import_csv.py" line="+41"/>
        <source>Cannot import CSV</source>
        <translation>Impossible d’importer le CSV</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{file} has %n problem(s); nothing was imported and the open chart is unchanged.&lt;br&gt;Fix these cells (row 1 is the header) and import again:</source>
        <translation>
            <numerusform>{file} présente %n problème ; rien n’a été importé et l’organigramme ouvert est inchangé.&lt;br&gt;Corrigez ces cellules (la ligne 1 est l’en-tête) et importez de nouveau :</numerusform>
            <numerusform>{file} présente %n problèmes ; rien n’a été importé et l’organigramme ouvert est inchangé.&lt;br&gt;Corrigez ces cellules (la ligne 1 est l’en-tête) et importez de nouveau :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
</context>
<context>
    <name>DepartureDialog</name>
    <message>
        <location filename="../../orgeditor/ui/departure_dialog.py" line="+47"/>
        <source>Record as a departure</source>
        <translation>Consigner comme dérogation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chart departs from this rule on purpose, by a later decision. Its finding for these units is then reported as a note.</source>
        <translation>L’organigramme déroge volontairement à cette règle, en vertu d’une décision ultérieure. Le constat pour ces entités est alors signalé comme une remarque.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Special political missions led by DPPA</source>
        <translation>p. ex. Missions politiques spéciales dirigées par le DPPA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. GA res 72/262 C</source>
        <translation>p. ex. Résolution 72/262 C de l’Assemblée générale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule:</source>
        <translation>Règle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units:</source>
        <translation>Entités :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Citation:</source>
        <translation>&amp;Référence :</translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <location filename="../../orgeditor/ui/compare/differences.py" line="+110"/>
        <source>with no reporting line</source>
        <translation>sans ligne hiérarchique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under {units}</source>
        <translation>sous {units}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>mission</source>
        <extracomment>A reporting line&apos;s scope, in brackets after the unit it goes to.</extracomment>
        <translation>mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-mission</source>
        <translation>hors mission</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <location line="+16"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>posts {old} → {new}</source>
        <translation>postes {old} → {new}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note revised</source>
        <translation>remarque révisée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{field} revised</source>
        <translation>{field} : révisé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{unit}: id {old} → {new}</source>
        <translation>{unit} : identifiant {old} → {new}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>; now under {units}</source>
        <translation> ; désormais sous {units}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (note revised)</source>
        <translation> (remarque révisée)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>added: {what}</source>
        <translation>ajouté : {what}</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+8"/>
        <source>removed: {what}</source>
        <translation>supprimé : {what}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>renamed from “{name}”</source>
        <translation>renommé, anciennement « {name} »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>joined by {units}</source>
        <translation>rejoint par {units}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>left by {units}</source>
        <translation>quitté par {units}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{group}: {changes}</source>
        <translation>{group} : {changes}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>gained: {function}</source>
        <translation>acquise : {function}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lost: {function}</source>
        <translation>perdue : {function}</translation>
    </message>
</context>
<context>
    <name>DifferencesModel</name>
    <message>
        <location line="-254"/>
        <source>Merges, splits and successions</source>
        <extracomment>Item data role holding the tuple of union unit ids a row is about. Item data role holding the union ids to bring into view when the row is chosen. Item data role of a category row holding the category&apos;s name (without its count). The category of merges, splits and successions: the story, first in the list. Where the window opens: the first row of the first of these categories that has one. Every category&apos;s name, for the translation (they are shown translated, kept in English).</extracomment>
        <translation>Fusions, scissions et successions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units added</source>
        <translation>Entités ajoutées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units removed</source>
        <translation>Entités supprimées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units renamed</source>
        <translation>Entités renommées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units changed</source>
        <translation>Entités modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reporting lines moved</source>
        <translation>Lignes hiérarchiques déplacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings new</source>
        <translation>Nouveaux constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings resolved</source>
        <translation>Constats résolus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart</source>
        <translation>Organigramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes revised</source>
        <translation>Remarques révisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved positions moved</source>
        <translation>Positions enregistrées déplacées</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../orgeditor/ui/document.py" line="+108"/>
        <source>Untitled</source>
        <extracomment>the window the document&apos;s questions (:meth:`choose_option`) are asked over</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The chart has no file yet: save it as a new file.</source>
        <translation>L’organigramme n’a pas encore de fichier : enregistrez-le comme nouveau fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A chart needs at least one unit before it can be saved. Add a unit, then save.</source>
        <translation>Un organigramme doit avoir au moins une entité pour être enregistré. Ajoutez une entité, puis enregistrez.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Rulebook problem: {error}</source>
        <translation>Problème de recueil de règles : {error}</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../orgeditor/ui/documents.py" line="+50"/>
        <source>the 2017 proposal</source>
        <extracomment>A recent-files entry longer than this is not a path (hand-edited or damaged settings). File ▸ New from Template: the shipped charts offered first, and what a copy of each is &quot;from&quot; (translated when shown).</extracomment>
        <translation>la proposition de 2017</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 2017 baseline</source>
        <translation>la référence de 2017</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the 2019 implementation</source>
        <translation>la mise en œuvre de 2019</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Org charts (*.yaml *.yml);;All files (*)</source>
        <translation>Organigrammes (*.yaml *.yml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open chart</source>
        <translation>Ouvrir un organigramme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save chart as</source>
        <translation>Enregistrer l’organigramme sous</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{name}” has changes that are not saved. Save them?</source>
        <translation>« {name} » comporte des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untitled — from {template}</source>
        <translation>Sans titre — d’après {template}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Closed; File ▸ New from Template or Open to go on</source>
        <translation>Fermé ; Fichier ▸ Nouveau à partir d’un modèle ou Ouvrir pour continuer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No templates</source>
        <translation>Aucun modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No shipped chart was found.</source>
        <translation>Aucun organigramme fourni n’a été trouvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From {template} ({file})</source>
        <translation>D’après {template} ({file})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New chart from a template</source>
        <translation>Nouvel organigramme à partir d’un modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start from:</source>
        <translation>Partir de :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opening {file}…</source>
        <translation>Ouverture de {file}…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} ships with orgeditor: opened as an untitled copy</source>
        <translation>{file} est fourni avec orgeditor : ouvert comme copie sans titre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{path}: error: {reason}</source>
        <translation>{path} : erreur : {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open chart</source>
        <translation>Impossible d’ouvrir l’organigramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is not a valid chart; nothing was changed.</source>
        <translation>{file} n’est pas un organigramme valide ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Save under another name</source>
        <translation>Enregistrer sous un autre nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file} ships with orgeditor and is never overwritten. Choose another name for your chart.</source>
        <translation>{file} est fourni avec orgeditor et n’est jamais écrasé. Choisissez un autre nom pour votre organigramme.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{file} ships with orgeditor and is never overwritten.</source>
        <translation>{file} est fourni avec orgeditor et n’est jamais écrasé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Cannot save chart</source>
        <translation>Impossible d’enregistrer l’organigramme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop every unsaved change and reload “{file}”?</source>
        <translation>Abandonner toutes les modifications non enregistrées et recharger « {file} » ?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reloaded {path}</source>
        <translation>{path} rechargé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discard recovered edits</source>
        <translation>Abandonner les modifications récupérées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away the recovered edits? This cannot be undone.</source>
        <translation>Abandonner les modifications récupérées ? Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../orgeditor/ui/editing.py" line="+176"/>
        <source>New unit</source>
        <translation>Nouvelle entité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rename {unit}</source>
        <translation>Renommer {unit}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{unit} has 1 direct report.</source>
        <translation>{unit} a 1 subordonné direct.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{unit} has {count} direct reports.</source>
        <translation>{unit} a {count} subordonnés directs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the whole branch (1 unit below it)</source>
        <translation>Supprimer toute la branche (1 entité en dessous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the whole branch ({count} units below it)</source>
        <translation>Supprimer toute la branche ({count} entités en dessous)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete unit</source>
        <translation>Supprimer l’entité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-attach its reports to its manager</source>
        <translation>Rattacher ses subordonnés à son supérieur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete {count} units</source>
        <translation>Supprimer {count} entités</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{target} is below {unit}: a unit cannot report to its own subordinate</source>
        <translation>{target} est sous {unit} : une entité ne peut pas relever de son propre subordonné</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Move the line for {scope} (now to {unit})</source>
        <translation>Déplacer la ligne pour {scope} (actuellement vers {unit})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace all lines by one line for all settings</source>
        <translation>Remplacer toutes les lignes par une seule ligne pour tous les contextes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change reporting line</source>
        <translation>Modifier la ligne hiérarchique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} has several reporting lines. Which goes to {target}?</source>
        <translation>{unit} a plusieurs lignes hiérarchiques. Laquelle va vers {target} ?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report to {unit}</source>
        <translation>Relever de {unit}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{scope}: {lines}</source>
        <translation>{scope} : {lines}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A link instead: {kind}</source>
        <translation>Un lien à la place : {kind}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a line</source>
        <translation>Tracer une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{unit} {lines}. In which settings does it report to {target}?</source>
        <translation>{unit} {lines}. Dans quels contextes relève-t-elle de {target} ?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{unit} in {scope}</source>
        <translation>{unit} ({scope})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{lines} and to {line}</source>
        <translation>{lines} et de {line}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>now reports to {lines}</source>
        <translation>relève actuellement de {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reports to {lines}</source>
        <translation>relève de {lines}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporting line to {unit}</source>
        <translation>Ligne hiérarchique vers {unit}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Toggle pinned</source>
        <translation>Épingler / désépingler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle collapsed</source>
        <translation>Replier / déplier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../orgeditor/ui/export_dialog.py" line="+52"/>
        <source>SVG pictures (*.svg)</source>
        <extracomment>The file dialog&apos;s filter of each format (in English; shown translated, see :func:`file_filter`).</extracomment>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Tableaux CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org charts (*.yaml *.yml)</source>
        <translation>Organigrammes (*.yaml *.yml)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+214"/>
        <location line="+27"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save t&amp;o:</source>
        <translation>Enregistrer &amp;dans :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updating preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No preview: {reason}</source>
        <translation>Pas d’aperçu : {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n unit(s) · the file&apos;s first lines</source>
        <translation>
            <numerusform>%n entité · les premières lignes du fichier</numerusform>
            <numerusform>%n entités · les premières lignes du fichier</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the export.</source>
        <translation>Choisissez où enregistrer l’export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{file}” already exists in {folder}. Replace it?</source>
        <translation>« {file} » existe déjà dans {folder}. Le remplacer ?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exported {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting {file}…</source>
        <translation>Export de {file}…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Export cancelled — nothing was written.</source>
        <translation>Export annulé — rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled — nothing was written</source>
        <translation>Export annulé — rien n’a été écrit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed: {reason}</source>
        <translation>Échec de l’export : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot export</source>
        <translation>Impossible d’exporter</translation>
    </message>
</context>
<context>
    <name>ExportOptionsForm</name>
    <message>
        <location filename="../../orgeditor/ui/export_options.py" line="+30"/>
        <source>SVG — vector picture</source>
        <translation>SVG — image vectorielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF — printable page</source>
        <translation>PDF — page imprimable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG — image</source>
        <translation>PNG — image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PowerPoint — editable slides</source>
        <translation>PowerPoint — diapositives modifiables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GraphML — for yEd</source>
        <translation>GraphML — pour yEd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DOT — Graphviz</source>
        <translation>DOT — Graphviz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — spreadsheet</source>
        <translation>CSV — tableur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML — chart file</source>
        <translation>YAML — fichier d’organigramme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screen (colour)</source>
        <translation>Écran (couleur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print (greyscale-friendly)</source>
        <translation>Impression (adaptée aux niveaux de gris)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF&apos;s paper: “Fit the chart” makes one page as large as the chart; on a paper size a chart that does not fit continues on more pages</source>
        <extracomment>Tooltips of the PDF page controls, while they apply and while they do not.</extracomment>
        <translation>Le papier du PDF : « Ajuster à l’organigramme » fait une seule page aussi grande que l’organigramme ; sur un format de papier, un organigramme qui ne tient pas se poursuit sur d’autres pages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a PDF has pages: choose the PDF format to set its paper</source>
        <translation>Seul un PDF a des pages : choisissez le format PDF pour en régler le papier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Automatic turns each page the way that holds the chart best</source>
        <translation>Automatique oriente chaque page de la façon qui contient le mieux l’organigramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a PDF has pages: choose the PDF format to turn them</source>
        <translation>Seul un PDF a des pages : choisissez le format PDF pour les orienter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Whole chart</source>
        <translation>Organigramme entier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Findings &amp;badges</source>
        <translation>&amp;Pastilles des constats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Posts on cards</source>
        <translation>P&amp;ostes sur les cartes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ranch:</source>
        <translation>B&amp;ranche :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scale (PNG):</source>
        <translation>É&amp;chelle (PNG) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ge (PDF):</source>
        <translation>Pa&amp;ge (PDF) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orie&amp;ntation:</source>
        <translation>Orie&amp;ntation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Selected branch: {unit} ({id})</source>
        <translation>Branche sélectionnée : {unit} ({id})</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../../orgeditor/ui/export_preview.py" line="+144"/>
        <source>… {count} more lines</source>
        <extracomment>The largest page image of a preview (the view scales it; zoomed in further, the visible part is drawn again sharply) and the largest scale it is drawn at (px per page px). How much of the page&apos;s white margin (page px) &quot;fit&quot; leaves out.</extracomment>
        <translation>… {count} lignes de plus</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>A vector picture: text stays text, opens in browsers and Inkscape.</source>
        <translation>Une image vectorielle : le texte reste du texte ; s’ouvre dans les navigateurs et Inkscape.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vector, searchable text. “Fit the chart” makes one page as large as the chart; on a paper size a chart that does not fit continues on more pages.</source>
        <translation>Vectoriel, texte consultable. « Ajuster à l’organigramme » fait une seule page aussi grande que l’organigramme ; sur un format de papier, un organigramme qui ne tient pas se poursuit sur d’autres pages.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An image of the page; the scale multiplies its pixels (2 × for slides and screens).</source>
        <translation>Une image de la page ; l’échelle multiplie ses pixels (2 × pour les diapositives et les écrans).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A 16:9 deck with no text under 10 pt: an overview, then a slide a department, shared unit and branch; editable boxes and glued connectors; notes list each slide&apos;s units.</source>
        <translation>Une présentation 16:9 sans texte de moins de 10 pt : une vue d’ensemble, puis une diapositive par département, entité partagée et branche ; cadres modifiables et connecteurs attachés ; les notes listent les entités de chaque diapositive.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opens in yEd with names and line kinds as attributes; theme and badges do not apply.</source>
        <translation>S’ouvre dans yEd avec les noms et les types de lignes comme attributs ; le thème et les pastilles ne s’appliquent pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Graphviz source; theme and badges do not apply.</source>
        <translation>Source Graphviz ; le thème et les pastilles ne s’appliquent pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row a unit, for spreadsheets; File ▸ Import CSV… reads it back.</source>
        <translation>Une ligne par entité, pour les tableurs ; Fichier ▸ Importer un CSV… la relit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart file itself (a branch exports as a chart of its own).</source>
        <translation>Le fichier de l’organigramme lui-même (une branche s’exporte comme un organigramme à part entière).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fit the chart (one page)</source>
        <extracomment>The names of the PDF paper sizes (:data:`~orgeditor.render.export.PAGE_SIZES`) and orientations (:data:`~orgeditor.render.export.ORIENTATIONS`).</extracomment>
        <translation>Ajuster à l’organigramme (une page)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Legal</source>
        <translation>Légal US</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{units} · PNG {width} × {height} px at {scale} ×</source>
        <translation>{units} · PNG {width} × {height} px à {scale} ×</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{units} · PDF, one page the size of the chart</source>
        <translation>{units} · PDF, une page de la taille de l’organigramme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{units} · PDF on {paper} portrait: {pages} pages, the first shown</source>
        <translation>{units} · PDF sur {paper} portrait : {pages} pages, la première affichée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{units} · PDF on {paper} landscape: {pages} pages, the first shown</source>
        <translation>{units} · PDF sur {paper} paysage : {pages} pages, la première affichée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{units} · PDF on {paper} portrait, one page</source>
        <translation>{units} · PDF sur {paper} portrait, une page</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{units} · PDF on {paper} landscape, one page</source>
        <translation>{units} · PDF sur {paper} paysage, une page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{units} · page {width} × {height} px</source>
        <translation>{units} · page de {width} × {height} px</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 unit</source>
        <translation>1 entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} units</source>
        <translation>{count} entités</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../orgeditor/diff/wording.py" line="+27"/>
        <source>Id</source>
        <extracomment>Fields by their names in the chart file, as reports name them (marked for the editor&apos;s translation: it shows ``translate(&quot;Fields&quot;, label)``).</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head</source>
        <translation>Titre du chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s rank</source>
        <translation>Rang du chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head&apos;s gender</source>
        <translation>Genre du chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head (incumbent)</source>
        <translation>Chef (titulaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports to</source>
        <translation>Relève de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Base de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rulebooks</source>
        <translation>Recueils de règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folded units</source>
        <translation>Entités repliées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinned units</source>
        <translation>Entités épinglées</translation>
    </message>
    <message>
        <location filename="../../orgeditor/rules/checks_conflicts.py" line="+25"/>
        <source>id</source>
        <extracomment>How a unit&apos;s field is named in a message (&quot;the reporting lines of DPPA&quot;); marked for the editor&apos;s translation (its conflicts dock names the fields in the user&apos;s language; the messages themselves stay in English, as every rule&apos;s do).</extracomment>
        <translation>identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short name</source>
        <translation>sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>head</source>
        <translation>chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reporting lines</source>
        <translation>lignes hiérarchiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>presence</source>
        <translation>présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>functions</source>
        <translation>fonctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>posts</source>
        <translation>postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>former units</source>
        <translation>filiation</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../orgeditor/ui/guide_viewer.py" line="+49"/>
        <source>orgeditor User Guide</source>
        <extracomment>The widest a picture of the guide is shown, in pixels (screenshots are wider: scaled down).</extracomment>
        <translation>Guide de l’utilisateur d’orgeditor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user guide is not installed ({path}).</source>
        <translation>Le guide de l’utilisateur n’est pas installé ({path}).</translation>
    </message>
</context>
<context>
    <name>ImportCsv</name>
    <message>
        <location filename="../../orgeditor/ui/import_csv.py" line="+24"/>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not imported: {file} has {count} problem(s)</source>
        <translation>Non importé : {file} présente {count} problème(s)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Imported 1 unit from {file} — save to keep them</source>
        <translation>1 entité importée de {file} — enregistrez pour la conserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported {count} units from {file} — save to keep them</source>
        <translation>{count} entités importées de {file} — enregistrez pour les conserver</translation>
    </message>
</context>
<context>
    <name>JournalKeeper</name>
    <message>
        <location filename="../../orgeditor/ui/journaling.py" line="+136"/>
        <source>Edits are not being journalled for crash recovery ({folder}: {reason}). Save often.</source>
        <extracomment>How soon after an edit its journal line is made durable (fsync), in milliseconds. the document&apos;s units already encoded, filled when idle: the first edit stays quick fsync shortly after edits, not in them: a disk that takes milliseconds (or, on some laptops, tens of them) to sync would otherwise slow every edit down</extracomment>
        <translation>Les modifications ne sont pas journalisées pour la récupération après incident ({folder} : {reason}). Enregistrez souvent.</translation>
    </message>
</context>
<context>
    <name>LayoutRunner</name>
    <message>
        <location filename="../../orgeditor/ui/placement.py" line="+179"/>
        <source>the layout did not finish</source>
        <extracomment>Distance above a card at which a re-routed line runs across. (generation awaited, its loop, its outcome) for each :meth:`lay_out_now` waiting</extracomment>
        <translation>la disposition ne s’est pas achevée</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <location filename="../../orgeditor/render/diagram.py" line="+287"/>
        <source>all settings</source>
        <extracomment>Groups named in the legend; more are counted in one row. How the legend names a scope: the words of the findings (``SCOPE_PHRASES`` of the rules). The legend&apos;s words are in English, in the user&apos;s language where the editor installed a translator (an export from the command line stays in English).</extracomment>
        <translation>tous les contextes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission settings</source>
        <translation>contextes de mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-mission settings</source>
        <translation>contextes hors mission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>informs</source>
        <extracomment>The link kinds (SPEC vocabulary) and finding badges, as the legend names them.</extracomment>
        <translation>informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>advises</source>
        <translation>conseille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supports</source>
        <translation>appuie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manages</source>
        <translation>gère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>functional</source>
        <translation>fonctionnel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>coordinates</source>
        <translation>coordonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>info</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departure</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{names} and {last}</source>
        <translation>{names} et {last}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reporting lines</source>
        <translation>Lignes hiérarchiques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and 1 more group</source>
        <translation>et 1 autre groupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>and {count} more groups</source>
        <translation>et {count} autres groupes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>group member</source>
        <translation>membre du groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Departments</source>
        <translation>Départements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shared by {departments}</source>
        <translation>partagé par {departments}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in no department</source>
        <translation>dans aucun département</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <location filename="../../orgeditor/ui/compare/lineage.py" line="+42"/>
        <source>merged from</source>
        <extracomment>A card&apos;s tag names its units when it holds at most this many characters; else it counts them.</extracomment>
        <translation>fusionnée à partir de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split from</source>
        <translation>issue de la scission de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeds</source>
        <translation>succède à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>merged into</source>
        <translation>fusionnée dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split into</source>
        <translation>scindée en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succeeded by</source>
        <translation>remplacée par</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} more</source>
        <translation>{count} de plus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>declared</source>
        <translation>déclarée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>detected</source>
        <translation>détectée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>into</source>
        <translation>vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units</source>
        <translation>entités</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <location filename="../../orgeditor/render/diagram.py" line="-254"/>
        <source>mission</source>
        <extracomment>The words a scoped reporting line carries (short: the legend says &quot;mission settings&quot;).</extracomment>
        <translation>mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-mission</source>
        <translation>hors mission</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../orgeditor/ui/main_window.py" line="+126"/>
        <source>History</source>
        <extracomment>Canonical departments (SPEC §4) the first view of a large chart keeps side by side. The least zoom a chart opens at: a wider chart opens on its top, across the pillar (above, the cards&apos; type is too small to read on a laptop screen). The changes that touch a unit&apos;s row in the outline.</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trace: {scope}</source>
        <translation>Suivre : {scope}</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>{document}[*] — Org Chart Editor</source>
        <translation>{document}[*] — Éditeur d’organigrammes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Laying out…</source>
        <translation>Disposition en cours…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Chain ({scope}): {units}</source>
        <translation>Chaîne ({scope}) : {units}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not done: {reason}</source>
        <translation>Non effectué : {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../orgeditor/ui/menus.py" line="+56"/>
        <source>All Line&amp;s</source>
        <extracomment>View ▸ scope entries: action name, text, scope, status tip (texts translated when shown).</extracomment>
        <translation>Toutes les lig&amp;nes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw every reporting line at full strength</source>
        <translation>Tracer toutes les lignes hiérarchiques à pleine intensité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mission Lines</source>
        <translation>Lignes des &amp;missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fade the reporting lines that do not count for missions</source>
        <translation>Estomper les lignes hiérarchiques qui ne valent pas pour les missions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Non-mission Lines</source>
        <translation>Lignes &amp;hors missions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fade the reporting lines that do not count outside missions</source>
        <translation>Estomper les lignes hiérarchiques qui ne valent pas hors des missions</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Select one unit first</source>
        <translation>Sélectionnez d’abord une seule entité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report to</source>
        <translation>Relever de</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{unit} reports to:</source>
        <translation>{unit} relève de :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connect</source>
        <translation>Relier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a line from {unit} to:</source>
        <translation>Tracer une ligne de {unit} vers :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Org Chart Editor</source>
        <translation>Éditeur d’organigrammes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;Design structure variants of the UN peace and security pillar and see at once which provisions of the Secretary-General&apos;s note of 11 September 2017 a draft breaks.&lt;/p&gt;&lt;p&gt;Shortcuts: arrows move between cards, F2 renames, Shift+drag draws a line, drag a card onto another to re-attach it, Ctrl+wheel zooms, middle button pans.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Concevez des variantes de structure du pilier Paix et sécurité de l’ONU et voyez aussitôt quelles dispositions de la note du Secrétaire général du 11 septembre 2017 un projet enfreint.&lt;/p&gt;&lt;p&gt;Raccourcis : les flèches passent d’une carte à l’autre, F2 renomme, Maj+glisser trace une ligne, glisser une carte sur une autre la rattache, Ctrl+molette zoome, le bouton du milieu déplace la vue.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Legend</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the legend beside the chart</source>
        <translation>Afficher ou masquer la légende à côté de l’organigramme</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;gue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language applies the next time the editor starts.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de l’éditeur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Left to &amp;Right</source>
        <translation>De gauche à &amp;droite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay the chart out left to right instead of top to bottom</source>
        <translation>Disposer l’organigramme de gauche à droite plutôt que de haut en bas</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from &amp;Template…</source>
        <translation>Nouveau à partir d’un &amp;modèle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start from a copy of a shipped chart: the 2017 proposal or baseline, or the 2019 implementation</source>
        <translation>Partir d’une copie d’un organigramme fourni : la proposition ou la référence de 2017, ou la mise en œuvre de 2019</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;vert</source>
        <translation>Revenir à la version enre&amp;gistrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload the saved file</source>
        <translation>Recharger le fichier enregistré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the chart (asking to save changes); on an empty chart, close the window</source>
        <translation>Fermer l’organigramme (en proposant d’enregistrer les modifications) ; sur un organigramme vide, fermer la fenêtre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare &amp;with…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare wit&amp;h Revision…</source>
        <translation>Comparer avec une ré&amp;vision…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare the chart with a version of its file in git: HEAD, a branch or a commit</source>
        <translation>Comparer l’organigramme avec une version de son fichier dans git : HEAD, une branche ou un commit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare Varian&amp;ts…</source>
        <translation>Comparer des varian&amp;tes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weigh several variants against the note: provisions, totals and what changes</source>
        <translation>Évaluer plusieurs variantes au regard de la note : dispositions, totaux et changements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare with &amp;Baseline</source>
        <translation>Comparer avec la &amp;base de référence</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add Subordinate</source>
        <translation>A&amp;jouter un subordonné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a unit reporting to the selected unit</source>
        <translation>Ajouter une entité relevant de l’entité sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;port To…</source>
        <translation>Rattac&amp;her à…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change whom the selected unit reports to</source>
        <translation>Changer l’entité dont relève l’entité sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect To…</source>
        <translation>Rel&amp;ier à…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draw a reporting line or link from the selected unit (or Shift+drag)</source>
        <translation>Tracer une ligne hiérarchique ou un lien depuis l’entité sélectionnée (ou Maj+glisser)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw &amp;Lines</source>
        <translation>Tracer des &amp;lignes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag from card to card to draw a reporting line or link</source>
        <translation>Glisser d’une carte à l’autre pour tracer une ligne hiérarchique ou un lien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New &amp;Group from Selection</source>
        <translation>Nouveau &amp;groupe à partir de la sélection</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>P&amp;in / Unpin</source>
        <translation>É&amp;pingler / Désépingler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A re-layout keeps pinned cards where they are</source>
        <translation>Une nouvelle disposition laisse les cartes épinglées à leur place</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;ollapse / Expand Branch</source>
        <translation>Replier / &amp;Déplier la branche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Find…</source>
        <translation>Re&amp;chercher…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find &amp;Next</source>
        <translation>Rechercher le sui&amp;vant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select &amp;All</source>
        <translation>Sélectionner &amp;tout</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Re-layout</source>
        <translation>Re&amp;disposer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lay the chart out again, keeping pinned cards</source>
        <translation>Disposer de nouveau l’organigramme, en gardant les cartes épinglées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Trace Chain</source>
        <translation>&amp;Suivre la chaîne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight the selected unit&apos;s chain for the settings chosen beside it (all settings: every chain its lines make)</source>
        <translation>Mettre en évidence la chaîne de l’entité sélectionnée pour les contextes choisis à côté (tous les contextes : toutes les chaînes que forment ses lignes)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;User Guide</source>
        <translation>Guide de l’&amp;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to draft, present and compare charts, task by task, with pictures</source>
        <translation>Comment rédiger, présenter et comparer des organigrammes, tâche par tâche, en images</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;Note</source>
        <translation>La &amp;note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the Secretary-General&apos;s note the rules cite</source>
        <translation>Lire la note du Secrétaire général que citent les règles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/toolbar.py" line="+25"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The settings whose chains Trace Chain ({keys}) highlights</source>
        <translation>Les contextes dont Suivre la chaîne ({keys}) met les chaînes en évidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find a unit by name, short name or id ({keys})</source>
        <translation>Rechercher une entité par nom, sigle ou identifiant ({keys})</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../orgeditor/ui/structure_dialogs.py" line="+384"/>
        <source>Merge Units</source>
        <translation>Fusionner des entités</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Merge:</source>
        <translation>&amp;Fusionner :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add a unit:</source>
        <translation>&amp;Ajouter une entité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;En :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their reports, links and groups go to the merged unit; their posts are added up and it records the units it continues (formerly).</source>
        <translation>Leurs subordonnés, liens et groupes passent à l’entité fusionnée ; leurs postes sont additionnés et elle consigne les entités qu’elle continue (formerly).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>a new unit</source>
        <translation>une nouvelle entité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unit} (kept)</source>
        <translation>{unit} (conservée)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the merged unit&apos;s name</source>
        <translation>le nom de l’entité fusionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location line="-185"/>
        <source>Move Unit</source>
        <translation>Déplacer une entité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>all settings (its only reporting line)</source>
        <translation>tous les contextes (sa seule ligne hiérarchique)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Entité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now:</source>
        <translation>Actuellement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;under:</source>
        <translation>Déplacer &amp;sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{manager} for {scope}</source>
        <translation>{manager} pour {scope}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reports to {lines}</source>
        <translation>relève de {lines}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reports to no one</source>
        <translation>ne relève de personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its branch moves with it ({count} units below it)</source>
        <translation>Sa branche la suit ({count} entités en dessous)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its branch moves with it (it has no units below it)</source>
        <translation>Sa branche la suit (aucune entité en dessous)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its branch moves with it</source>
        <translation>Sa branche la suit</translation>
    </message>
</context>
<context>
    <name>NewAsgDialog</name>
    <message>
        <location line="-170"/>
        <source>New Regional ASG</source>
        <translation>Nouveau Sous-Secrétaire général régional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An office headed by an Assistant Secretary-General with regional responsibilities, reporting to two departments for different settings.</source>
        <translation>Un bureau dirigé par un Sous-Secrétaire général à responsabilités régionales, relevant de deux départements selon les contextes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Antarctica (several: separate with commas)</source>
        <translation>p. ex. Antarctique (plusieurs : séparez-les par des virgules)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>optional, e.g. ASG Antarctica</source>
        <translation>facultatif, p. ex. SSG Antarctique</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>all settings</source>
        <translation>tous les contextes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a first division under it:</source>
        <translation>Ajouter une première division en dessous :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Regions:</source>
        <translation>&amp;Régions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>&amp;Sigle :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports &amp;to:</source>
        <translation>Relève &amp;de :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;And to:</source>
        <translation>&amp;Et de :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{region} is already a region of {unit}: the rules will say so.</source>
        <translation>{region} est déjà une région de {unit} : les règles le signaleront.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New to the chart&apos;s list of regions: {regions}.</source>
        <translation>Nouvelles dans la liste des régions de l’organigramme : {regions}.</translation>
    </message>
</context>
<context>
    <name>NoteViewer</name>
    <message>
        <location filename="../../orgeditor/ui/note_viewer.py" line="+17"/>
        <source>The note — Secretary-General, 11 September 2017</source>
        <extracomment>The viewer&apos;s title (in English; shown translated).</extracomment>
        <translation>La note — Secrétaire général, 11 septembre 2017</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The note cannot be read: {reason}</source>
        <translation>La note ne peut pas être lue : {reason}</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../orgeditor/ui/docks/outline.py" line="+93"/>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter units…</source>
        <translation>Filtrer les entités…</translation>
    </message>
</context>
<context>
    <name>PostTable</name>
    <message>
        <location filename="../../orgeditor/ui/docks/post_table.py" line="+45"/>
        <source>No
source</source>
        <translation>Sans
source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts are whole numbers from 0 to {limit}; leave a cell empty for none given.</source>
        <translation>Les postes sont des nombres entiers de 0 à {limit} ; laissez une cellule vide s’il n’y en a pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extra-
budgetary</source>
        <extracomment>Headings of the default funding sources that a dock-wide table can show side by side.</extracomment>
        <translation>Extra-
budgétaire</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Add a row for a grade the unit has no posts of yet</source>
        <extracomment>A cell edit finished: the new ``PostBreakdown``, or None when every cell is empty.</extracomment>
        <translation>Ajouter une ligne pour une classe dont l’entité n’a pas encore de postes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give every post without a funding source this source (one step)</source>
        <translation>Attribuer cette source à tous les postes sans source de financement (en une étape)</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Posts whose funding source is not given</source>
        <translation>Postes dont la source de financement n’est pas indiquée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{grade} posts, {source}</source>
        <translation>Postes {grade}, {source}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funding source not given</source>
        <translation>source de financement non indiquée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A total: edit the counts</source>
        <translation>Un total : modifiez les nombres</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move to source…</source>
        <translation>Attribuer une source…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add grade…</source>
        <translation>Ajouter une classe…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The unit would have {count} posts; the limit is {limit}.</source>
        <translation>L’entité aurait {count} postes ; la limite est de {limit}.</translation>
    </message>
</context>
<context>
    <name>PostText</name>
    <message numerus="yes">
        <location filename="../../orgeditor/ui/post_text.py" line="+44"/>
        <source>{count} post(s)</source>
        <translation>
            <numerusform>{count} poste</numerusform>
            <numerusform>{count} postes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} unit(s)</source>
        <translation>
            <numerusform>{count} entité</numerusform>
            <numerusform>{count} entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} error(s)</source>
        <translation>
            <numerusform>{count} erreur</numerusform>
            <numerusform>{count} erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} warning(s)</source>
        <translation>
            <numerusform>{count} avertissement</numerusform>
            <numerusform>{count} avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{count} note(s)</source>
        <translation>
            <numerusform>{count} information</numerusform>
            <numerusform>{count} informations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Grade</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{posts} in this branch</source>
        <translation>{posts} dans cette branche</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no posts</source>
        <translation>aucun poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{posts} ({count} in branch)</source>
        <translation>{posts} ({count} dans la branche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unit}: {posts}</source>
        <translation>{unit} : {posts}</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../../orgeditor/ui/export_preview.py" line="+18"/>
        <source>Preparing preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom out (Ctrl+minus, or Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+moins, ou Ctrl+molette)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Zoom in (Ctrl+plus, or Ctrl+wheel); drag to move around</source>
        <translation>Zoom avant (Ctrl+plus, ou Ctrl+molette) ; glisser pour se déplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;it</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole chart (Ctrl+0)</source>
        <translation>Afficher tout l’organigramme (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Fitted to the chart</source>
        <translation>Ajusté à l’organigramme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoomed; Fit shows it all</source>
        <translation>Zoomé ; Ajuster affiche tout</translation>
    </message>
</context>
<context>
    <name>PropertiesDock</name>
    <message>
        <location filename="../../orgeditor/ui/docks/properties.py" line="+116"/>
        <source>Properties</source>
        <extracomment>The reporting lines the dock shows without scrolling (a unit has one to three). The fields a unit&apos;s title in a picker shows. Units added, removed or renamed beyond which the list of units is made again, not patched.</extracomment>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>comma-separated</source>
        <translation>séparées par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>comma-separated slugs</source>
        <translation>identifiants courts séparés par des virgules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma-separated ids</source>
        <translation>identifiants séparés par des virgules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units of the baseline chart this unit continues (merge, split or succession): their ids, separated by commas</source>
        <translation>Entités de l’organigramme de référence que cette entité continue (fusion, scission ou succession) : leurs identifiants, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Short</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+116"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Head title</source>
        <translation>Titre du chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head rank</source>
        <translation>Rang du chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head gender</source>
        <translation>Genre du chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head name</source>
        <translation>Nom du chef</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Functions</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Formerly</source>
        <translation>Filiation</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Units of the baseline chart this unit continues</source>
        <translation>Entités de l’organigramme de référence que cette entité continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove formerly</source>
        <translation>Retirer de la filiation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a unit of the baseline chart that this unit continues</source>
        <translation>Ajouter une entité de l’organigramme de référence que cette entité continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add formerly</source>
        <translation>Ajouter à la filiation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reports to</source>
        <translation>Relève de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Contextes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type part of a unit&apos;s name or short name to choose it</source>
        <translation>Tapez une partie du nom ou du sigle d’une entité pour la choisir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add line</source>
        <extracomment>the chart and unit :attr:`_units_model` was made for (None: to be made again)</extracomment>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Member of groups</source>
        <translation>Membre des groupes</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>By grade and source…</source>
        <translation>Par classe et par source…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the posts by grade and funding source, to edit them there</source>
        <translation>Afficher les postes par classe et par source de financement, pour les y modifier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type part of a unit&apos;s name or short name to add it</source>
        <translation>Tapez une partie du nom ou du sigle d’une entité pour l’ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>{count} unit(s)</source>
        <translation>
            <numerusform>{count} entité</numerusform>
            <numerusform>{count} entités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} link(s)</source>
        <translation>
            <numerusform>{count} lien</numerusform>
            <numerusform>{count} liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} group(s)</source>
        <translation>
            <numerusform>{count} groupe</numerusform>
            <numerusform>{count} groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>{count} post(s)</source>
        <translation>
            <numerusform>{count} poste</numerusform>
            <numerusform>{count} postes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+94"/>
        <source>{id} (not in the baseline)</source>
        <translation>{id} (absente de la référence)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+186"/>
        <source>Formerly: {error}</source>
        <translation>Filiation : {error}</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Add {unit} to {group}</source>
        <translation>Ajouter {unit} à {group}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove {unit} from {group}</source>
        <translation>Retirer {unit} de {group}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The sum of the posts by grade and source: edit them in the table</source>
        <translation>La somme des postes par classe et par source : modifiez-les dans le tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All posts of the unit (grade and funding source not given)</source>
        <translation>Tous les postes de l’entité (classe et source de financement non indiquées)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a grade and enter its posts to break the {count} posts down: the table&apos;s sum then replaces that total.</source>
        <translation>Ajoutez une classe et saisissez ses postes pour ventiler les {count} postes : la somme du tableau remplace alors ce total.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a grade and enter its posts by funding source to start a breakdown.</source>
        <translation>Ajoutez une classe et saisissez ses postes par source de financement pour commencer une ventilation.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The settings in which the unit reports along this line</source>
        <translation>Les contextes dans lesquels cette ligne hiérarchique s’applique</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Edit posts of {unit}</source>
        <translation>Modifier les postes de {unit}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add to {group}</source>
        <translation>Ajouter à {group}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from {group}</source>
        <translation>Retirer de {group}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Edit group {group}</source>
        <translation>Modifier le groupe {group}</translation>
    </message>
</context>
<context>
    <name>ProvisionsGrid</name>
    <message>
        <location filename="../../orgeditor/ui/compare/variants_tables.py" line="+227"/>
        <source>What the rules check</source>
        <translation>Ce que vérifient les règles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../orgeditor/ui/words.py" line="+20"/>
        <source>&amp;Look in:</source>
        <extracomment>Texts of Qt&apos;s own file dialog that PySide6&apos;s ``qtbase_fr.qm`` lacks: Qt 6 gave the labels a mnemonic (&quot;&amp;Look in:&quot;), the French file still translates &quot;Look in:&quot;. orgeditor&apos;s translation, installed after Qt&apos;s and asked first, fills the gap (the .ts holds them under QFileDialog).</extracomment>
        <translation>&amp;Voir dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Ranks</name>
    <message>
        <location filename="../../orgeditor/render/painting.py" line="+25"/>
        <source>SG</source>
        <extracomment>The head ranks that have words of their own in another language (the chart keeps SPEC&apos;s abbreviation; a French card reads SGA for USG, SSG for ASG). The grades (D-2, P-5) are the same in every language.</extracomment>
        <translation>SG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSG</source>
        <translation>VSG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USG</source>
        <translation>SGA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ASG</source>
        <translation>SSG</translation>
    </message>
</context>
<context>
    <name>RecoveredBar</name>
    <message>
        <location filename="../../orgeditor/ui/recovery.py" line="+65"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovered %n unsaved edit(s) of “{file}” after the editor stopped unexpectedly. Look it over, then save it (Save overwrites the file; Save As keeps both) or discard the recovered edits. Undo history was not recovered.</source>
        <translation>
            <numerusform>%n modification non enregistrée de « {file} » a été récupérée après l’arrêt inattendu de l’éditeur. Vérifiez-la, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
            <numerusform>%n modifications non enregistrées de « {file} » ont été récupérées après l’arrêt inattendu de l’éditeur. Vérifiez-les, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Recovered %n unsaved edit(s) of a document never saved after the editor stopped unexpectedly. Look it over, then save it (Save overwrites the file; Save As keeps both) or discard the recovered edits. Undo history was not recovered.</source>
        <translation>
            <numerusform>%n modification non enregistrée d’un document jamais enregistré a été récupérée après l’arrêt inattendu de l’éditeur. Vérifiez-la, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
            <numerusform>%n modifications non enregistrées d’un document jamais enregistré ont été récupérées après l’arrêt inattendu de l’éditeur. Vérifiez-les, puis enregistrez (Enregistrer écrase le fichier ; Enregistrer sous garde les deux) ou abandonnez les modifications récupérées. L’historique d’annulation n’a pas été récupéré.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location line="+146"/>
        <source>Cannot recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{title}” could not be rebuilt from its journal; the journal is kept in {path}.</source>
        <translation>« {title} » n’a pas pu être reconstitué à partir de son journal ; le journal est conservé dans {path}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location line="-189"/>
        <source>The editor did not close properly last time. These documents had edits that were not saved.

Recover opens a document as it was after its last edit, so you can look at it and save it (or save it elsewhere). Discard throws those edits away. Later asks again at the next start.

The edits come back, but not their undo history.</source>
        <extracomment>What the recovery dialog says (in English; shown translated).</extracomment>
        <translation>L’éditeur ne s’est pas fermé correctement la dernière fois. Ces documents comportaient des modifications non enregistrées.

Récupérer ouvre un document tel qu’il était après sa dernière modification, pour que vous puissiez le vérifier et l’enregistrer (ou l’enregistrer ailleurs). Abandonner supprime ces modifications. Plus tard reposera la question au prochain démarrage.

Les modifications reviennent, mais pas leur historique d’annulation.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last edit</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(never saved)</source>
        <translation>(jamais enregistré)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard…</source>
        <translation>Abandonner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Discard unsaved work</source>
        <translation>Abandonner le travail non enregistré</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Throw away the unsaved edits of %n document(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Abandonner les modifications non enregistrées de %n document ? Cette action est irréversible.</numerusform>
            <numerusform>Abandonner les modifications non enregistrées de %n documents ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Relayout</name>
    <message>
        <location filename="../../orgeditor/ui/relayout.py" line="+30"/>
        <source>Re-layout</source>
        <translation>Redisposer</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+55"/>
        <source>Layout failed: {reason}</source>
        <translation>Échec de la disposition : {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout ({method}) in {ms} ms</source>
        <translation>Disposition ({method}) en {ms} ms</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../orgeditor/ui/compare/report.py" line="+37"/>
        <source>Comparison report</source>
        <translation>Rapport de comparaison</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy Markdown</source>
        <translation>Copier le Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save comparison report</source>
        <translation>Enregistrer le rapport de comparaison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not save {file}: {reason}</source>
        <translation>Impossible d’enregistrer {file} : {reason}</translation>
    </message>
</context>
<context>
    <name>RevisionDialog</name>
    <message>
        <location filename="../../orgeditor/ui/revision_dialog.py" line="+38"/>
        <location line="+64"/>
        <location line="+27"/>
        <source>Compare with revision</source>
        <translation>Comparer avec une révision</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Compare {file} as it is now with the version in:</source>
        <translation>Comparer {file} dans son état actuel avec la version de :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot list the revisions: {reason}.</source>
        <translation>Impossible de lister les révisions : {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The repository has no commit yet.</source>
        <translation>Le dépôt n’a encore aucun commit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save the chart in a git repository first.</source>
        <translation>Enregistrez d’abord l’organigramme dans un dépôt git.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read that version: {reason}.</source>
        <translation>Impossible de lire cette version : {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That version does not load:</source>
        <translation>Cette version ne se charge pas :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{file} at {revision}</source>
        <translation>{file} à {revision}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} now</source>
        <translation>{file} actuel</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../orgeditor/ui/shortcuts.py" line="+85"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location line="-54"/>
        <source>Arrow keys move between cards; Shift+drag draws a line; dragging a card onto another re-attaches it; Ctrl+wheel zooms; the middle button pans.</source>
        <extracomment>What the keyboard and mouse do without an action of their own (see the chart view).</extracomment>
        <translation>Les flèches passent d’une carte à l’autre ; Maj+glisser trace une ligne ; glisser une carte sur une autre la rattache ; Ctrl+molette zoome ; le bouton du milieu déplace la vue.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../orgeditor/ui/structure_dialogs.py" line="+220"/>
        <source>Split Unit</source>
        <translation>Scinder une entité</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Entité :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Into:</source>
        <translation>&amp;En :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New units:</source>
        <translation>Nouvelles entités :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its reports go to:</source>
        <translation>Ses subordonnés passent à :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short name</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posts</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name of new unit {n}</source>
        <translation>nom de la nouvelle entité {n}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>(no units report to it)</source>
        <translation>(aucune entité n’en relève)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>new unit {n}</source>
        <translation>nouvelle entité {n}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Each new unit records that it continues the unit split (formerly).</source>
        <translation>Chaque nouvelle entité consigne qu’elle continue l’entité scindée (formerly).</translation>
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <location filename="../../orgeditor/diff/story.py" line="+48"/>
        <location line="+7"/>
        <source>{items} and {last}</source>
        <extracomment>Last words of unit names that a list can share (&quot;Western and Northern Africa divisions&quot;). Ranks named in full in unit names, shortened in story lines.</extracomment>
        <translation>{items} et {last}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>merge</source>
        <extracomment>The lineages&apos; kinds, as a lineage&apos;s line names them.</extracomment>
        <translation>fusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>scission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>succession</source>
        <translation>succession</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+139"/>
        <source>1 unit</source>
        <translation>1 entité</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+139"/>
        <source>{count} units</source>
        <translation>{count} entités</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>{unit} (with {units} under it)</source>
        <translation>{unit} (avec {units} sous son autorité)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{unit} continues, now under {units}</source>
        <translation>{unit} subsiste, désormais sous {units}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{unit} continues</source>
        <translation>{unit} subsiste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{kind}, declared</source>
        <translation>{kind}, déclarée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{kind}, detected</source>
        <translation>{kind}, détectée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{units} now report to it</source>
        <translation>{units} en relèvent désormais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{units} now report to them</source>
        <translation>{units} en relèvent désormais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit now reports to it</source>
        <translation>1 entité en relève désormais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unit now reports to them</source>
        <translation>1 entité en relève désormais</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>posts unchanged ({count})</source>
        <translation>postes inchangés ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no posts</source>
        <translation>aucun poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+117"/>
        <source>posts {before} → {after} ({delta})</source>
        <translation>postes {before} → {after} ({delta})</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>{sources} → {targets}: {parts}</source>
        <translation>{sources} → {targets} : {parts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+128"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="-107"/>
        <source>all-settings</source>
        <extracomment>The scopes as the headline names the lines (&quot;the non-mission line&quot;).</extracomment>
        <translation>tous contextes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non-mission</source>
        <translation>hors mission</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 merge</source>
        <translation>1 fusion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} merges</source>
        <translation>{count} fusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 split</source>
        <translation>1 scission</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} splits</source>
        <translation>{count} scissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 succession</source>
        <translation>1 succession</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} successions</source>
        <translation>{count} successions</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{lineage} ({units} moved with it)</source>
        <translation>{lineage} ({units} déplacées avec elle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{lineage} ({units} moved with them)</source>
        <translation>{lineage} ({units} déplacées avec elles)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 other unit added</source>
        <translation>1 autre entité ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} other units added</source>
        <translation>{count} autres entités ajoutées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 unit added</source>
        <translation>1 entité ajoutée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} units added</source>
        <translation>{count} entités ajoutées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{added}, {removed} removed</source>
        <translation>{added} ; supprimées : {removed}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 unit moved to another reporting line</source>
        <translation>1 entité rattachée à une autre ligne hiérarchique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} units moved to another reporting line</source>
        <translation>{count} entités rattachées à une autre ligne hiérarchique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 unit renamed or reshaped</source>
        <translation>1 entité renommée ou remaniée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} units renamed or reshaped</source>
        <translation>{count} entités renommées ou remaniées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missions closed: {units}</source>
        <translation>missions fermées : {units}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missions opened: {units}</source>
        <translation>missions ouvertes : {units}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>posts unchanged at {count}</source>
        <translation>postes inchangés ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 function gained</source>
        <translation>1 fonction acquise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} functions gained</source>
        <translation>{count} fonctions acquises</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 function lost</source>
        <translation>1 fonction perdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} functions lost</source>
        <translation>{count} fonctions perdues</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no change of substance</source>
        <translation>aucun changement de fond</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 unit switched from the {old} line to the {new} line</source>
        <translation>1 entité passée de la ligne {old} à la ligne {new}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} units switched from the {old} line to the {new} line</source>
        <translation>{count} entités passées de la ligne {old} à la ligne {new}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>1 head retitled or reranked</source>
        <translation>1 chef au titre ou au rang modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} heads retitled or reranked</source>
        <translation>{count} chefs au titre ou au rang modifié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 incumbent named or changed</source>
        <translation>1 titulaire nommé ou remplacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} incumbents named or changed</source>
        <translation>{count} titulaires nommés ou remplacés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} errors</source>
        <translation>{count} erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 errors</source>
        <translation>0 erreur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 finding resolved ({errors})</source>
        <translation>1 constat résolu ({errors})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} findings resolved ({errors})</source>
        <translation>{count} constats résolus ({errors})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 finding new ({errors})</source>
        <translation>1 nouveau constat ({errors})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} findings new ({errors})</source>
        <translation>{count} nouveaux constats ({errors})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no finding new or resolved</source>
        <translation>aucun constat nouveau ou résolu</translation>
    </message>
    <message>
        <location filename="../../orgeditor/compare/story.py" line="+83"/>
        <source>{count} more</source>
        <extracomment>Formats a count (``1,234`` in English; the editor passes the locale&apos;s way). How many names a story line lists before &quot;and N more&quot;. unit id in *after* -&gt; ``added``, ``changed`` or ``moved`` (for colouring its diagram) ids of the units of *before* that *after* no longer has the diff the story tells (not in the JSON): :func:`pair_story` tells it again in another language</extracomment>
        <translation>{count} de plus</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>1 note revised</source>
        <translation>1 remarque révisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} notes revised</source>
        <translation>{count} remarques révisées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>title edited</source>
        <translation>titre modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>description edited</source>
        <translation>description modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editorial: {changes}.</source>
        <translation>Modifications rédactionnelles : {changes}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New units ({count}): {units}.</source>
        <translation>Nouvelles entités ({count}) : {units}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units wound up ({count}): {units}.</source>
        <translation>Entités supprimées ({count}) : {units}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{units} now reports to {target}.</source>
        <translation>{units} relève désormais de {target}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{units} now report to {target}.</source>
        <translation>{units} relèvent désormais de {target}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{units} now reports to no one.</source>
        <translation>{units} ne relève plus de personne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{units} now report to no one.</source>
        <translation>{units} ne relèvent plus de personne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} more units report elsewhere.</source>
        <translation>{count} autres entités relèvent d’ailleurs.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Posts unchanged at {count}</source>
        <translation>Postes inchangés ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posts {before} → {after} ({delta})</source>
        <translation>Postes {before} → {after} ({delta})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; by grade {grades}</source>
        <translation> ; par classe {grades}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standard cost unchanged at {cost} a year</source>
        <translation>coût standard inchangé ({cost} par an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>standard cost {before} → {after} ({delta})</source>
        <translation>coût standard {before} → {after} ({delta})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{posts}; {cost}.</source>
        <translation>{posts} ; {cost}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Functions now carried: {functions}.</source>
        <translation>Fonctions désormais assurées : {functions}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Functions no longer carried: {functions}.</source>
        <translation>Fonctions qui ne sont plus assurées : {functions}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pass</source>
        <extracomment>The verdicts of a provision, as a story line names them.</extracomment>
        <translation>respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fail</source>
        <translation>non respecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>departure</source>
        <translation>dérogation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n/a</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Provisions {cites}: {old} → {new}{rules}.</source>
        <translation>Dispositions {cites} : {old} → {new}{rules}.</translation>
    </message>
</context>
<context>
    <name>Structure</name>
    <message>
        <location filename="../../orgeditor/commands/structure.py" line="+62"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Give the ASG at least one region.</source>
        <extracomment>The name of a first division under the ASG (None: no division).</extracomment>
        <translation>Donnez au moins une région au Sous-Secrétaire général.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A region is given twice.</source>
        <translation>Une région est indiquée deux fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the ASG at least one reporting line.</source>
        <translation>Donnez au moins une ligne hiérarchique au Sous-Secrétaire général.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two reporting lines go to the same unit.</source>
        <translation>Les deux lignes hiérarchiques mènent à la même entité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the unit each reporting line goes to.</source>
        <translation>Choisissez l’entité à laquelle mène chaque ligne hiérarchique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two reporting lines need different settings, neither of them all settings.</source>
        <translation>Deux lignes hiérarchiques exigent des contextes différents, aucun des deux n’étant « tous les contextes ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+170"/>
        <location line="+100"/>
        <source>A name is too long.</source>
        <translation>Un nom est trop long.</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Office of the Assistant Secretary-General for {region}</source>
        <translation>Bureau du Sous-Secrétaire général pour {region}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{region} Division</source>
        <translation>Division {region}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add ASG for {regions} with lines to {targets}</source>
        <translation>Ajouter un Sous-Secrétaire général pour {regions} relevant de {targets}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Assistant Secretary-General for {region}</source>
        <translation>Sous-Secrétaire général pour {region}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose the unit to move.</source>
        <extracomment>The scope of a move that replaces every reporting line of the unit by one.</extracomment>
        <translation>Choisissez l’entité à déplacer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the unit it moves under.</source>
        <translation>Choisissez l’entité sous laquelle elle passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit cannot report to itself.</source>
        <translation>Une entité ne peut pas relever d’elle-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{manager} is below {unit}: a unit cannot report to its own branch.</source>
        <translation>{manager} se trouve sous {unit} : une entité ne peut pas relever de sa propre branche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{unit} already reports to {manager} that way.</source>
        <translation>{unit} relève déjà ainsi de {manager}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Move {unit} without its reports under {manager}</source>
        <translation>Déplacer {unit} sans ses subordonnés sous {manager}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {unit} under {manager}</source>
        <translation>Déplacer {unit} sous {manager}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {unit} under {manager} for mission settings</source>
        <translation>Déplacer {unit} sous {manager} pour les contextes de mission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move {unit} under {manager} for non-mission settings</source>
        <translation>Déplacer {unit} sous {manager} pour les contextes hors mission</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A unit cannot report to its own branch.</source>
        <translation>Une entité ne peut pas relever de sa propre branche.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose at least two units to merge.</source>
        <translation>Choisissez au moins deux entités à fusionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit to merge is not in the chart.</source>
        <translation>Une entité à fusionner n’est pas dans l’organigramme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The unit kept must be one of those merged.</source>
        <translation>L’entité conservée doit être l’une des entités fusionnées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the merged unit a name.</source>
        <translation>Donnez un nom à l’entité fusionnée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge {units} into {survivor}</source>
        <translation>Fusionner {units} en {survivor}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose the unit to split.</source>
        <translation>Choisissez l’entité à scinder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A split makes at least two units.</source>
        <translation>Une scission produit au moins deux entités.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give every new unit a name.</source>
        <translation>Donnez un nom à chaque nouvelle entité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A report goes to two of the new units.</source>
        <translation>Un subordonné est attribué à deux des nouvelles entités.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A report given to a new unit does not report to {unit}.</source>
        <translation>Un subordonné attribué à une nouvelle entité ne relève pas de {unit}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new units have {given} posts; {unit} has {posts}.</source>
        <translation>Les nouvelles entités ont {given} postes ; {unit} en a {posts}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Split {unit} into {parts}</source>
        <translation>Scinder {unit} en {parts}</translation>
    </message>
    <message>
        <location filename="../../orgeditor/ui/structure_actions.py" line="+112"/>
        <source>New Regional &amp;ASG…</source>
        <extracomment>The shortcuts of the structure actions (none is taken by another action of the window).</extracomment>
        <translation>Nouveau SSG &amp;régional…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an ASG for some regions, reporting to DPPA and DPO, with a first division</source>
        <translation>Ajouter un Sous-Secrétaire général pour des régions, rattaché au DPPA et au DPO, avec une première division</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Move To…</source>
        <translation>&amp;Déplacer vers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected unit, or its whole branch, under another unit</source>
        <translation>Déplacer l’entité sélectionnée, ou toute sa branche, sous une autre entité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mer&amp;ge Units…</source>
        <translation>&amp;Fusionner des entités…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected units into one that continues them</source>
        <translation>Fusionner les entités sélectionnées en une seule qui leur succède</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;plit Unit…</source>
        <translation>Sci&amp;nder une entité…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split the selected unit into new units that continue it</source>
        <translation>Scinder l’entité sélectionnée en nouvelles entités qui lui succèdent</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Structure</source>
        <translation>&amp;Structure</translation>
    </message>
</context>
<context>
    <name>TotalsTable</name>
    <message>
        <location filename="../../orgeditor/ui/compare/variants_tables.py" line="+47"/>
        <source>Posts by grade</source>
        <translation>Postes par classe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Posts and cost by funding source</source>
        <translation>Postes et coût par source de financement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source}: posts</source>
        <translation>{source} : postes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source}: cost</source>
        <translation>{source} : coût</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{this} differs from {that} ({value})</source>
        <translation>{this} diffère de {that} ({value})</translation>
    </message>
</context>
<context>
    <name>UnitFinder</name>
    <message>
        <location filename="../../orgeditor/ui/view.py" line="+191"/>
        <source>Find unit (Ctrl+F)</source>
        <translation>Chercher une entité (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No unit matches “{text}”</source>
        <translation>Aucune entité ne correspond à « {text} »</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count}: {unit}</source>
        <translation>{count} : {unit}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{index} of %n match(es)</source>
        <translation>
            <numerusform>{index} sur %n résultat</numerusform>
            <numerusform>{index} sur %n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../orgeditor/ui/docks/unit_picker.py" line="+93"/>
        <source>Type a name or short name…</source>
        <extracomment>How the scopes of reporting lines read (in English; :func:`scope_label` translates): the legend&apos;s words, the one place they are kept.</extracomment>
        <translation>Tapez un nom ou un sigle…</translation>
    </message>
</context>
<context>
    <name>VariantsJob</name>
    <message>
        <location filename="../../orgeditor/ui/compare/variants_job.py" line="+73"/>
        <source>Loading {label} ({number} of {count})…</source>
        <translation>Chargement de {label} ({number} sur {count})…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path}: error: {reason}</source>
        <translation>{path} : erreur : {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking and comparing {count} variants…</source>
        <translation>Vérification et comparaison de {count} variantes…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A rulebook does not load: {reason}</source>
        <translation>Un recueil de règles ne se charge pas : {reason}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The comparison failed: {reason}</source>
        <translation>La comparaison a échoué : {reason}</translation>
    </message>
</context>
<context>
    <name>VariantsPanel</name>
    <message>
        <location filename="../../orgeditor/ui/compare/variants.py" line="+47"/>
        <source>To see two variants side by side, select their columns (click a heading, Ctrl+click another) and press &lt;b&gt;Compare these two&lt;/b&gt;, or open a pair from the story.</source>
        <translation>Pour voir deux variantes côte à côte, sélectionnez leurs colonnes (cliquez sur un en-tête, Ctrl+clic sur un autre) et appuyez sur &lt;b&gt;Comparer ces deux&lt;/b&gt;, ou ouvrez une paire depuis le récit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Compare variants — {count} variants</source>
        <extracomment>The comparison is shown. A variant did not load (the message names its file, line and column).</extracomment>
        <translation>Comparer des variantes — {count} variantes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> &lt;i&gt;(the open document, as it is now)&lt;/i&gt;</source>
        <translation> &lt;i&gt;(le document ouvert, dans son état actuel)&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Variants, compared in this order: {variants}</source>
        <translation>Variantes, comparées dans cet ordre : {variants}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading the variants…</source>
        <translation>Chargement des variantes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Provisions of the note (11 September 2017)</source>
        <translation>Dispositions de la note (11 septembre 2017)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changes from one variant to the next</source>
        <translation>Ce qui change d’une variante à la suivante</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+91"/>
        <source>Compare these two</source>
        <translation>Comparer ces deux</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Open the two selected variants side by side</source>
        <translation>Ouvrir les deux variantes sélectionnées côte à côte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report…</source>
        <translation>Rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The comparison as a Markdown report, to read, copy or save</source>
        <translation>La comparaison sous forme de rapport Markdown, à lire, copier ou enregistrer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The variants cannot be compared:</source>
        <translation>Les variantes ne peuvent pas être comparées :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare variants — a file does not load</source>
        <translation>Comparer des variantes — un fichier ne se charge pas</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Compare {a} and {b}</source>
        <translation>Comparer {a} et {b}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select two variants first</source>
        <translation>Sélectionnez d’abord deux variantes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} (variant {letter})</source>
        <translation>{label} (variante {letter})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Variants report</source>
        <translation>Rapport sur les variantes</translation>
    </message>
</context>
<context>
    <name>VariantsTables</name>
    <message>
        <location filename="../../orgeditor/ui/compare/variants_tables.py" line="-190"/>
        <source>general rules</source>
        <extracomment>(background, text) of a grid cell by status.</extracomment>
        <translation>règles générales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules:</source>
        <translation>Règles :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First finding (and {count} more):</source>
        <translation>Premier constat (et {count} de plus) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First finding:</source>
        <translation>Premier constat :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Departure: {reason} ({cite})</source>
        <translation>Dérogation : {reason} ({cite})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No rule of this paragraph applies (they compare with a baseline).</source>
        <translation>Aucune règle de ce paragraphe ne s’applique (elles comparent avec une référence).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>{added} added, {removed} removed, {changed} changed, 1 line moved</source>
        <translation>ajoutées : {added}, supprimées : {removed}, modifiées : {changed}, lignes déplacées : 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{added} added, {removed} removed, {changed} changed, {moved} lines moved</source>
        <translation>ajoutées : {added}, supprimées : {removed}, modifiées : {changed}, lignes déplacées : {moved}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>; editorial apart: {what}</source>
        <translation> ; hors modifications rédactionnelles : {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {a} and {b} side by side</source>
        <translation>Ouvrir {a} et {b} côte à côte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{a} → {b}: {first} → {second}</source>
        <translation>{a} → {b} : {first} → {second}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No change.</source>
        <translation>Aucun changement.</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../orgeditor/ui/words.py" line="+5"/>
        <source>office</source>
        <extracomment>The words in English (``word_label`` translates them).</extracomment>
        <translation>bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>department</source>
        <translation>département</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>division</source>
        <translation>division</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mission</source>
        <translation>mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>board</source>
        <translation>conseil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>body</source>
        <translation>organe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fund</source>
        <translation>fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>peacekeeping</source>
        <translation>maintien de la paix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>special political mission</source>
        <translation>mission politique spéciale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regional office</source>
        <translation>bureau régional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>political process office</source>
        <translation>bureau d’appui au processus politique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>envoy&apos;s office</source>
        <translation>bureau d’envoyé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>regular budget</source>
        <extracomment>The funding sources SPEC names (a chart may declare others: shown as written).</extracomment>
        <translation>budget ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support account</source>
        <translation>compte d’appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extrabudgetary</source>
        <translation>extrabudgétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unspecified source</source>
        <translation>source non précisée</translation>
    </message>
</context>
</TS>
