// Admin page entrypoint (unlisted admin.html): mounts the rulebook screen.
import { render } from 'preact'
import { AdminApp } from '../../components/admin/admin-app'
import '../../components/review/review.css'
import '../../components/admin/admin.css'

render(<AdminApp />, document.getElementById('app')!)
